package output

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CSV writes the batch summary of a run, one row per report after one
// header row (see table): path, issuer, kind, year, template, format,
// published date, status, counts by severity, by category and by rule.
// Headers and words are in the run's language.
//
// The file is UTF-8 and begins with a byte order mark, without which Excel
// takes a CSV file for the local code page and garbles Chinese. A text cell
// that begins with = + - @ or a tab gets a leading ' so that a spreadsheet
// shows it as text and never evaluates it as a formula: paths, names and
// messages come from the reports.
type CSV struct{}

// utf8BOM is the byte order mark the CSV format begins with.
const utf8BOM = "\ufeff"

// Format implements Formatter.
func (CSV) Format(w io.Writer, r *Result) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	t := newTable(r)
	if err := cw.Write(t.header()); err != nil {
		return err
	}
	record := make([]string, len(t.header()))
	for _, f := range r.SortedFiles() {
		for i, v := range t.row(f) {
			record[i] = csvCell(v)
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvCell is a table cell as CSV text.
func csvCell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int:
		return strconv.Itoa(v)
	case string:
		if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
			return "'" + v
		}
		return v
	}
	return fmt.Sprint(v)
}
