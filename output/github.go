package output

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
)

// GitHub writes one GitHub Actions workflow command per diagnostic, which
// the runner turns into an annotation on the file:
//
//	::error file=report.txt,line=44,col=37,endLine=44,endColumn=41,title=arithmetic/application-balance::第一项加第二项之和…
//
// info diagnostics become notices. When SummaryFile is set, a Markdown
// summary is appended to it as well (GitHub Actions sets
// $GITHUB_STEP_SUMMARY to such a file).
type GitHub struct {
	// WorkDir is the directory annotation paths are relative to.
	WorkDir string
	// SummaryFile is the file the Markdown summary is appended to; "" for
	// none.
	SummaryFile string
}

// Format implements Formatter.
func (g GitHub) Format(w io.Writer, r *Result) error {
	if err := g.annotations(w, r); err != nil {
		return err
	}
	if g.SummaryFile == "" {
		return nil
	}
	f, err := os.OpenFile(g.SummaryFile, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return l10n.Wrap(err, "step summary")
	}
	if err := WriteSummary(f, r, g.WorkDir); err != nil {
		f.Close()
		return l10n.Wrap(err, "step summary %s", g.SummaryFile)
	}
	if err := f.Close(); err != nil {
		return l10n.Wrap(err, "step summary")
	}
	return nil
}

// annotations writes the workflow commands.
func (g GitHub) annotations(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.SortedFiles() {
		file := relPath(g.WorkDir, f.Path)
		if f.Failed() {
			fmt.Fprintf(bw, "::error file=%s,title=nianbao::%s\n", escapeProperty(file), escapeData(failedMessage(r.Lang, f)))
		}
		for _, d := range f.Diagnostics {
			d.Message = withPlace(r.Lang, d.Message, d.Location)
			fmt.Fprintln(bw, annotation(file, d))
		}
	}
	return bw.Flush()
}

// annotation returns the workflow command of one diagnostic. Columns are
// only given for a diagnostic on one line: GitHub ignores them otherwise.
func annotation(file string, d engine.Diagnostic) string {
	loc := d.Location
	props := [][2]string{{"file", file}, {"line", strconv.Itoa(max(loc.Line, 1))}}
	switch {
	case loc.EndLine <= loc.Line:
		props = append(props, [2]string{"col", strconv.Itoa(max(loc.Column, 1))})
		if loc.EndLine == loc.Line && loc.EndColumn > 0 {
			props = append(props, [2]string{"endLine", strconv.Itoa(loc.EndLine)}, [2]string{"endColumn", strconv.Itoa(loc.EndColumn)})
		}
	default:
		props = append(props, [2]string{"endLine", strconv.Itoa(loc.EndLine)})
	}
	props = append(props, [2]string{"title", d.Rule})
	var b strings.Builder
	b.WriteString("::")
	b.WriteString(githubCommand(d.Severity))
	for i, p := range props {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(p[0])
		b.WriteByte('=')
		b.WriteString(escapeProperty(p[1]))
	}
	b.WriteString("::")
	b.WriteString(escapeData(d.Message))
	return b.String()
}

// githubCommand returns the workflow command of a severity.
func githubCommand(s engine.Severity) string {
	switch s {
	case engine.SeverityError:
		return "error"
	case engine.SeverityWarning:
		return "warning"
	}
	return "notice"
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeData escapes a workflow command's message as GitHub's toolkit
// does (escapeData in @actions/core).
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a workflow command's property value as GitHub's
// toolkit does (escapeProperty in @actions/core).
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

// WriteSummary writes the Markdown job summary of a result: the counts, a
// table of the files with their errors, warnings and infos, and the
// diagnostics of each file that has any. Paths are relative to workDir.
func WriteSummary(w io.Writer, r *Result, workDir string) error {
	l := summaryLabels["zh"]
	if r.Lang == "en" {
		l = summaryLabels["en"]
	}
	bw := bufio.NewWriter(w)
	s := r.Summary()
	fmt.Fprintf(bw, "## nianbao\n\n")
	fmt.Fprintf(bw, "%s\n\n", countsLine(r.Lang, s))
	files := r.SortedFiles()
	if len(files) > 0 {
		fmt.Fprintf(bw, "| %s | %s | %s | %s |\n|---|---:|---:|---:|\n", l.file, l.errors, l.warnings, l.infos)
		for _, f := range files {
			c := counts(f)
			fmt.Fprintf(bw, "| %s | %d | %d | %d |\n", mdText(relPath(workDir, f.Path)), c.Errors, c.Warnings, c.Infos)
		}
	}
	for _, f := range files {
		if len(f.Diagnostics) == 0 && !f.Failed() {
			continue
		}
		fmt.Fprintf(bw, "\n### %s\n\n", mdText(relPath(workDir, f.Path)))
		if f.Failed() {
			fmt.Fprintf(bw, "**%s**\n\n", mdText(failedMessage(r.Lang, f)))
		}
		if len(f.Diagnostics) == 0 {
			continue
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s |\n|---|---|---|---|\n", l.location, l.severity, l.rule, l.message)
		for _, d := range f.Diagnostics {
			rule := "`" + d.Rule + "`"
			if d.Docs != "" {
				rule = "[" + rule + "](" + d.Docs + ")"
			}
			at := fmt.Sprintf("%d:%d", d.Location.Line, d.Location.Column)
			if p := placeIn(r.Lang, d.Location); p != "" {
				at += " " + p
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s |\n", at, d.Severity, rule, mdText(d.Message))
		}
	}
	return bw.Flush()
}

type labels struct {
	file, errors, warnings, infos, location, severity, rule, message string
}

var summaryLabels = map[string]labels{
	"zh": {
		file: "文件", errors: "错误", warnings: "警告", infos: "提示",
		location: "位置", severity: "级别", rule: "规则", message: "说明",
	},
	"en": {
		file: "File", errors: "Errors", warnings: "Warnings", infos: "Infos",
		location: "Location", severity: "Severity", rule: "Rule", message: "Message",
	},
}

// mdEscaper escapes text for a Markdown table cell: Markdown's
// punctuation, HTML and line breaks.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "|", `\|`, "#", `\#`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

// mdText returns s as literal text in a Markdown table cell or heading.
func mdText(s string) string { return mdEscaper.Replace(s) }
