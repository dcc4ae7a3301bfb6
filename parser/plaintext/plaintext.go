// Package plaintext extracts lines from a decoded plain-text report. Lines
// holding '|' are table rows (the pipe rows scrapers write, whole or one
// cell per line); every other line is a line of text, whatever its spacing
// (the recogniser reads column-aligned numbers from it).
package plaintext

import (
	"strings"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// Extract splits text into lines. Locations are the line and column in
// text (CRLF and lone CR end lines too).
func Extract(text, encoding string) *layout.Doc {
	doc := &layout.Doc{Format: report.FormatText, Encoding: encoding}
	doc.Lines = make([]layout.Line, 0, strings.Count(text, "\n")+1)
	var out strings.Builder
	out.Grow(len(text))
	n := 0
	for len(text) > 0 {
		n++
		i := strings.IndexAny(text, "\r\n")
		line := text
		if i >= 0 {
			line = text[:i]
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			text = text[i+1:]
		} else {
			text = ""
		}
		out.WriteString(layout.FoldString(line))
		out.WriteByte('\n')
		doc.Lines = append(doc.Lines, Line(line, n))
	}
	doc.NumLines = n
	doc.Text = out.String()
	return doc
}

// isPipe reports whether r separates cells: '|' or its full-width form.
func isPipe(r rune) bool { return r == '|' || r == '｜' }

// Line returns the layout line for one line of text at line number n.
func Line(s string, n int) layout.Line {
	t := layout.NewText(s, n, 1)
	if !strings.ContainsAny(s, "|｜") {
		return layout.Line{Text: t}
	}
	l := layout.Line{Text: t, Row: true}
	start := 0
	for i, r := range s {
		if isPipe(r) {
			l.Cells = append(l.Cells, cell(t, start, i))
			start = i + len(string(r))
		}
	}
	if start < len(s) {
		l.Cells = append(l.Cells, cell(t, start, len(s)))
	}
	l.TrimBlankCells()
	return l
}

func cell(t layout.Text, i, j int) layout.Cell {
	raw := t.Slice(i, j)
	c := layout.Cell{Text: raw.TrimSpace(), At: t.PosAt(i)}
	if !c.Text.IsEmpty() {
		c.At = c.Text.Start()
	}
	return c
}
