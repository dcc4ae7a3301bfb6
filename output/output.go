// Package output renders lint results, one formatter per file: text and
// json for people and scripts; sarif, github and junit for CI systems;
// html for one page to read; csv and xlsx for a reviewing authority's
// summary of a batch, one row per report.
package output

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nianbao/nianbao/baseline"
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/score"
)

// Result is everything one lint run found.
type Result struct {
	// Version is nianbao's version.
	Version string
	// Lang is the language of the run's messages ("zh" or "en").
	Lang string
	// Files are the files linted, in the order given.
	Files []engine.FileResult
	// Rules are the rules evaluated, enabled ones only.
	Rules []engine.Rule
	// FailLevel is the least severity that fails the run ("" for none).
	FailLevel engine.Severity
	// Skipped are the files a directory walk found that are no annual
	// report (a README): they are not linted, only counted, and listed
	// by the text format when Verbose.
	Skipped []string
	// Verbose lists the skipped files in the text format.
	Verbose bool
	// Quiet leaves out the summary line of the text format.
	Quiet bool
	// Baseline is what the baseline of the run (--baseline) left out of
	// Files: the findings known, counted, and the entries no longer
	// found; nil without a baseline.
	Baseline *baseline.Outcome
	// Scheme scores each report (--score), nil for none.
	Scheme *score.Scheme
}

// GeneratorMeta marks the pages nianbao writes, so that a later run that
// walks the directory knows them for its own and does not lint them.
const GeneratorMeta = `<meta name="generator" content="nianbao">`

// Summary counts files and diagnostics by severity.
type Summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Failed counts the files that could not be linted completely.
	Failed int `json:"failed"`
	// Skipped counts the files found by walking that are no report.
	Skipped int `json:"skipped"`
	// Baselined counts the findings left out because the baseline
	// lists them (--baseline).
	Baselined int `json:"baselined"`
}

// Summary returns the counts of r.
func (r *Result) Summary() Summary {
	s := Summary{Files: len(r.Files), Skipped: len(r.Skipped)}
	if r.Baseline != nil {
		s.Baselined = r.Baseline.Suppressed
	}
	for _, f := range r.Files {
		c := counts(f)
		s.Errors += c.Errors
		s.Warnings += c.Warnings
		s.Infos += c.Infos
		s.Failed += c.Failed
	}
	return s
}

// failedWords says that a file could not be checked completely.
func failedWords(lang string) string {
	if lang == "en" {
		return "could not be checked completely"
	}
	return "未能完成检查"
}

// failedMessage is the message of a file's failure: failedWords and the
// error.
func failedMessage(lang string, f engine.FileResult) string {
	if lang == "en" {
		return failedWords(lang) + ": " + f.Error
	}
	return failedWords(lang) + "：" + f.Error
}

// failedSuffix ends a summary line with the failed files and the files
// skipped, if any.
func failedSuffix(lang string, s Summary) string {
	var b strings.Builder
	if s.Failed > 0 {
		if lang == "en" {
			fmt.Fprintf(&b, ", %d %s %s", s.Failed, plural(s.Failed, "file", "files"), failedWords(lang))
		} else {
			fmt.Fprintf(&b, "，%d 个文件%s", s.Failed, failedWords(lang))
		}
	}
	if s.Skipped > 0 {
		if lang == "en" {
			fmt.Fprintf(&b, " (%d %s found in directories %s no annual report, not checked)", s.Skipped, plural(s.Skipped, "file", "files"), plural(s.Skipped, "is", "are"))
		} else {
			fmt.Fprintf(&b, "（目录中另有 %d 个文件不是年度报告，未检查）", s.Skipped)
		}
	}
	return b.String()
}

// counts returns the diagnostics of one file by severity.
func counts(f engine.FileResult) Summary {
	return Summary{
		Files:    1,
		Errors:   f.Count(engine.SeverityError),
		Warnings: f.Count(engine.SeverityWarning),
		Infos:    f.Count(engine.SeverityInfo),
		Failed:   btoi(f.Failed()),
	}
}

// Failed reports whether any diagnostic is at or above the fail level.
func (r *Result) Failed() bool {
	if r.FailLevel == "" {
		return false
	}
	for _, f := range r.Files {
		for _, d := range f.Diagnostics {
			if d.Severity.Rank() >= r.FailLevel.Rank() {
				return true
			}
		}
	}
	return false
}

// SortedFiles returns the files sorted by path.
func (r *Result) SortedFiles() []engine.FileResult {
	files := append([]engine.FileResult(nil), r.Files...)
	sort.SliceStable(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files
}

// Formatter writes a result in one format.
type Formatter interface {
	Format(w io.Writer, r *Result) error
}

// Env is what formatters know of the environment of a run. The command
// fills it in; tests set it directly.
type Env struct {
	// WorkDir is the working directory: SARIF artifact URIs and GitHub
	// annotation paths are relative to it.
	WorkDir string
	// StepSummary is the file GitHub Actions renders as the job summary
	// ($GITHUB_STEP_SUMMARY), or "" for none.
	StepSummary string
}

// formatters maps format names to constructors.
var formatters = map[string]func(Env) Formatter{
	"text":   func(Env) Formatter { return Text{} },
	"json":   func(Env) Formatter { return JSON{} },
	"sarif":  func(e Env) Formatter { return SARIF{WorkDir: e.WorkDir} },
	"github": func(e Env) Formatter { return GitHub{WorkDir: e.WorkDir, SummaryFile: e.StepSummary} },
	"junit":  func(Env) Formatter { return JUnit{} },
	"html":   func(Env) Formatter { return HTML{} },
	"csv":    func(Env) Formatter { return CSV{} },
	"xlsx":   func(Env) Formatter { return XLSX{} },
}

// Formats lists the format names, sorted.
func Formats() []string {
	names := make([]string, 0, len(formatters))
	for n := range formatters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Get returns the formatter for a format name.
func Get(name string, env Env) (Formatter, error) {
	f, ok := formatters[name]
	if !ok {
		return nil, l10n.New("unknown format %q (formats: %s)", name, strings.Join(Formats(), ", "))
	}
	return f(env), nil
}

// relPath returns p relative to dir with forward slashes when p lies inside
// dir, and p cleaned (still absolute) otherwise. Relative paths are taken
// to be relative to dir already.
func relPath(dir, p string) string {
	if filepath.IsAbs(p) && dir != "" {
		if rel, err := filepath.Rel(dir, p); err == nil && filepath.IsLocal(rel) {
			p = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// fileURI returns the SARIF artifact URI of p: a relative URI reference when
// p lies inside dir (or is relative), a file: URI otherwise. Characters that
// may not appear in a URI are percent-encoded.
func fileURI(dir, p string) string {
	rel := relPath(dir, p)
	u := url.URL{Path: rel}
	if strings.HasPrefix(rel, "/") {
		u.Scheme = "file"
	} else if filepath.VolumeName(rel) != "" { // C:/dir/report.txt
		u = url.URL{Scheme: "file", Path: "/" + rel}
	}
	return u.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// placeIn names where in its file a location is, for a person: the page
// of a PDF, the paragraph of a Word file ("第4页", "page 4"); "" when the
// location has neither.
func placeIn(lang string, loc engine.Location) string {
	switch {
	case loc.Page > 0 && lang == "en":
		return fmt.Sprintf("page %d", loc.Page)
	case loc.Page > 0:
		return fmt.Sprintf("第%d页", loc.Page)
	case loc.Paragraph > 0 && lang == "en":
		return fmt.Sprintf("paragraph %d", loc.Paragraph)
	case loc.Paragraph > 0:
		return fmt.Sprintf("第%d段", loc.Paragraph)
	}
	return ""
}

// withPlace is a message followed by placeIn in brackets, if any.
func withPlace(lang, msg string, loc engine.Location) string {
	p := placeIn(lang, loc)
	switch {
	case p == "":
		return msg
	case lang == "en":
		return msg + " (" + p + ")"
	}
	return msg + "（" + p + "）"
}
