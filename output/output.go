// Package output renders lint results, one formatter per file: text, json
// (and the CI formats).
package output

import (
	"fmt"
	"io"
	"sort"

	"github.com/nianbao/nianbao/engine"
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
}

// Summary counts files and diagnostics by severity.
type Summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// Summary returns the counts of r.
func (r *Result) Summary() Summary {
	s := Summary{Files: len(r.Files)}
	for _, f := range r.Files {
		s.Errors += f.Count(engine.SeverityError)
		s.Warnings += f.Count(engine.SeverityWarning)
		s.Infos += f.Count(engine.SeverityInfo)
	}
	return s
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

// formatters maps format names to formatters.
var formatters = map[string]Formatter{
	"text": Text{},
	"json": JSON{},
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
func Get(name string) (Formatter, error) {
	f, ok := formatters[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (formats: %v)", name, Formats())
	}
	return f, nil
}
