package output

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/nianbao/nianbao/engine"
)

// JUnit writes a JUnit XML report: one testsuite per file, one testcase
// per rule evaluated. A rule fails in a file when it has diagnostics there
// at or above the fail level: one failure lists them all. Diagnostics below
// the fail level are kept in the testcase's system-out.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Error     *junitFailure `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// Format implements Formatter.
func (JUnit) Format(w io.Writer, r *Result) error {
	out := junitSuites{Name: "nianbao"}
	for _, f := range r.SortedFiles() {
		s := junitFile(f, r)
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Errors += s.Errors
		out.Suites = append(out.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write JUnit XML: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitFile returns the testsuite of one file: a testcase for every rule
// evaluated, and for any other rule that said something of the file.
func junitFile(f engine.FileResult, r *Result) junitSuite {
	byRule := map[string][]engine.Diagnostic{}
	var ids []string
	for _, rule := range r.Rules {
		if _, dup := byRule[rule.ID]; !dup {
			byRule[rule.ID] = nil
			ids = append(ids, rule.ID)
		}
	}
	for _, d := range f.Diagnostics {
		if _, ok := byRule[d.Rule]; !ok {
			ids = append(ids, d.Rule)
		}
		byRule[d.Rule] = append(byRule[d.Rule], d)
	}
	s := junitSuite{Name: f.Path}
	if f.Failed() {
		// The file itself: checking it did not complete.
		s.Cases = append(s.Cases, junitCase{Name: "nianbao", Classname: f.Path,
			Error: &junitFailure{Message: failedMessage(r.Lang, f), Type: "error", Text: f.Error}})
		s.Tests++
		s.Errors++
		if f.Format == "" {
			return s // not read at all: no rule was evaluated
		}
	}
	for _, id := range ids {
		c := junitCase{Name: id, Classname: f.Path}
		var failing, other []engine.Diagnostic
		for _, d := range byRule[id] {
			if r.FailLevel != "" && d.Severity.Rank() >= r.FailLevel.Rank() {
				failing = append(failing, d)
			} else {
				other = append(other, d)
			}
		}
		if len(failing) > 0 {
			c.Failure = junitFailureOf(f.Path, failing, r.Lang)
			s.Failures++
		}
		c.SystemOut = diagnosticLines(f.Path, other)
		s.Cases = append(s.Cases, c)
		s.Tests++
	}
	return s
}

// junitFailureOf returns the failure of a rule's diagnostics in one file:
// the message of the only one, or how many there are; the type is the
// highest severity; the text lists them all.
func junitFailureOf(path string, ds []engine.Diagnostic, lang string) *junitFailure {
	f := &junitFailure{Message: ds[0].Message, Type: string(ds[0].Severity), Text: diagnosticLines(path, ds)}
	for _, d := range ds[1:] {
		if d.Severity.Rank() > engine.Severity(f.Type).Rank() {
			f.Type = string(d.Severity)
		}
	}
	if len(ds) > 1 {
		f.Message = fmt.Sprintf("%d 个问题", len(ds))
		if lang == "en" {
			f.Message = fmt.Sprintf("%d diagnostics", len(ds))
		}
	}
	return f
}

// diagnosticLines lists diagnostics in the text format, one per line.
func diagnosticLines(path string, ds []engine.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s]\n", path, d.Location.Line, d.Location.Column, d.Severity, d.Message, d.Rule)
	}
	return b.String()
}
