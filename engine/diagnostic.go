package engine

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/report"
)

// Severity of a diagnostic.
type Severity string

// Severities, from least to most severe.
const (
	SeverityInfo    Severity = "info"
	SeverityWarning Severity = "warning"
	SeverityError   Severity = "error"
)

// Rank orders severities: info 1, warning 2, error 3; anything else 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityInfo:
		return 1
	case SeverityWarning:
		return 2
	case SeverityError:
		return 3
	}
	return 0
}

// ParseFailLevel reads a --fail-level: error, warning, info or none. It
// returns the least severity that fails a run, or "" for none.
func ParseFailLevel(s string) (Severity, error) {
	switch s {
	case "error", "warning", "info":
		return Severity(s), nil
	case "none":
		return "", nil
	}
	return "", l10n.New("invalid fail level %q: use error, warning, info or none", s)
}

// Location is where a diagnostic points: the file and a location in it
// (1-based line and column, the end column exclusive, in code points; Page
// for PDF and Paragraph for DOCX, whose lines are those of the extracted
// text).
type Location struct {
	Path string `json:"path"`
	report.Loc
}

// Diagnostic is one finding of one rule in one file.
type Diagnostic struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Location Location `json:"location"`
	Basis    string   `json:"basis"`
	Docs     string   `json:"docs"`
	// Title and Category come from the rule's METADATA.
	Title    string `json:"title,omitempty"`
	Category string `json:"category,omitempty"`
	// Related are other places the diagnostic speaks of (last year's
	// cell of a carry-over), each with its file.
	Related []Related `json:"related,omitempty"`
	// Place says where in the report the diagnostic stands, in the
	// report's terms and the run's language (表三 “（七）总计” “自然人”),
	// and Fingerprint identifies the finding across runs: its rule, its
	// report's issuer and year and that place, so that it stays the same
	// when lines move (see Fingerprints). Both are set by Lint.
	Place       string `json:"place,omitempty"`
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Related is another place a diagnostic speaks of.
type Related struct {
	Path     string     `json:"path"`
	Location report.Loc `json:"location"`
	Message  string     `json:"message"`
}

// FileResult is what linting one file found.
type FileResult struct {
	Path string
	// Format is the detected format ("text", "html", "docx", "pdf"); empty
	// when the file could not be read as a report.
	Format      string
	Diagnostics []Diagnostic
	// Error says why the file could not be linted, or not completely (it
	// does not exist, a custom policy timed out); "" when it was. The
	// diagnostics found before the failure are kept.
	Error string
	// Previous is the path of the previous year's report read beside
	// this one, "" for none.
	Previous string
	// Rates are the report's rates by RateKeys, nil when none could be
	// computed.
	Rates map[string]Rate
	// Report is what the report says of itself, for summaries of a run;
	// nil when the file could not be read as a report.
	Report *ReportMeta
	// Document is the report as read, kept only with
	// Options.KeepDocuments (nil otherwise, and for a file that is no
	// report).
	Document *report.Document `json:"-"`
}

// ReportMeta is a small summary of a report document that outlives the
// document, so that a run over thousands of reports keeps no document in
// memory: its strings are copies, never parts of the document's text.
type ReportMeta struct {
	// Issuer is the name of the body that published the report; "" when
	// none was found.
	Issuer string `json:"issuer"`
	// Kind is the issuer kind the rules used ("government", "department",
	// "township" or "unknown"): the --issuer-kind override, else the kind
	// inferred from the name, else the configured default.
	Kind string `json:"kind"`
	// Year is the reporting year; nil when unknown.
	Year *int `json:"year"`
	// Template is the template the report follows ("2021", "2019" or
	// "unknown").
	Template string `json:"template"`
	// Published is the date under the signature as written in the document
	// ("2025-01-19"); "" when there is none.
	Published string `json:"published"`
}

// Failed reports whether the file could not be linted completely.
func (r FileResult) Failed() bool { return r.Error != "" }

// Count returns how many diagnostics have severity s.
func (r FileResult) Count(s Severity) int {
	n := 0
	for _, d := range r.Diagnostics {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// sortDiagnostics orders diagnostics by position, then rule, then message.
func sortDiagnostics(ds []Diagnostic) {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Location.Line, b.Location.Line),
			cmp.Compare(a.Location.Column, b.Location.Column),
			strings.Compare(a.Rule, b.Rule),
			strings.Compare(a.Message, b.Message),
		)
	})
}
