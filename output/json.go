package output

import (
	"encoding/json"
	"io"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/score"
)

// JSON writes the result as one JSON object:
//
//	{"version", "files": [{"path", "format", "report": {...}, "previous", "diagnostics": [...], "error"}], "summary": {...}}
//
// "report" is what the report says of itself — {"issuer", "kind", "year",
// "template", "published"} — and is left out for a file that could not be
// read as a report. "error" is there only for a file that could not be
// linted completely.
type JSON struct{}

type jsonFile struct {
	Path   string             `json:"path"`
	Format string             `json:"format"`
	Report *engine.ReportMeta `json:"report,omitempty"`
	// Previous is the previous year's report read beside this one.
	Previous string `json:"previous,omitempty"`
	// Rates are the report's rates (engine.RateKeys).
	Rates map[string]engine.Rate `json:"rates,omitempty"`
	// Score is the report's score under --score.
	Score *score.Result `json:"score,omitempty"`
	// Diagnostics are the file's diagnostics, sorted by position.
	Diagnostics []engine.Diagnostic `json:"diagnostics"`
	// Error says why the file could not be linted completely.
	Error string `json:"error,omitempty"`
}

type jsonResult struct {
	Version string     `json:"version"`
	Files   []jsonFile `json:"files"`
	Summary Summary    `json:"summary"`
}

// Format implements Formatter.
func (JSON) Format(w io.Writer, r *Result) error {
	out := jsonResult{Version: r.Version, Files: []jsonFile{}, Summary: r.Summary()}
	for _, f := range r.SortedFiles() {
		ds := f.Diagnostics
		if ds == nil {
			ds = []engine.Diagnostic{}
		}
		jf := jsonFile{Path: f.Path, Format: f.Format, Report: f.Report, Previous: f.Previous, Rates: f.Rates, Diagnostics: ds, Error: f.Error}
		if r.Scheme != nil {
			sc := r.Scheme.Score(f.Diagnostics)
			jf.Score = &sc
		}
		out.Files = append(out.Files, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
