// Package plaintext extracts lines from a decoded plain-text report. Lines
// holding '|' are table rows (the pipe rows scrapers write, whole or one
// cell per line); every other line is a line of text, whatever its spacing
// (the recogniser reads column-aligned numbers from it).
package plaintext

import (
	"fmt"
	"strings"
	"unicode/utf8"

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
		l, whole := row(line, n)
		if !whole {
			doc.Notes = append(doc.Notes, report.Note{Code: report.NoteUnreadable, Loc: cutLoc(l), Reason: report.ReasonRowTooWide, Count: layout.MaxRowCells,
				Message: fmt.Sprintf("line %d has more table cells than any report's row: only its first %d were read", n, layout.MaxRowCells)})
		}
		doc.Lines = append(doc.Lines, l)
	}
	doc.NumLines = n
	doc.Text = out.String()
	return doc
}

// isPipe reports whether r separates cells: '|' or its full-width form.
func isPipe(r rune) bool { return r == '|' || r == '｜' }

// Line returns the layout line for one line of text at line number n. A
// row keeps at most layout.MaxRowCells cells.
func Line(s string, n int) layout.Line {
	l, _ := row(s, n)
	return l
}

// row returns the layout line for s, and whether all its cells were read.
func row(s string, n int) (layout.Line, bool) {
	t := layout.NewText(s, n, 1)
	if !strings.ContainsAny(s, "|｜") {
		return layout.Line{Text: t}, true
	}
	l := layout.Line{Text: t, Row: true}
	// Cut at every pipe and its end, in one pass over the line: pieces
	// alternate cell, pipe, cell, … Past the last cell read, the rest of
	// the line is one piece, left out.
	whole := true
	cuts := make([]int, 0, 2*min(layout.MaxRowCells, strings.Count(s, "|")+strings.Count(s, "｜")))
	for i, r := range s {
		if !isPipe(r) {
			continue
		}
		if len(cuts) == 2*layout.MaxRowCells {
			whole = false
			break
		}
		cuts = append(cuts, i, i+utf8.RuneLen(r))
	}
	pieces := t.Cut(cuts)
	if !whole {
		pieces = pieces[:len(pieces)-1]
	}
	for k := 0; k < len(pieces); k += 2 {
		if k == len(pieces)-1 && pieces[k].IsEmpty() {
			break // nothing after the last pipe
		}
		l.Cells = append(l.Cells, cell(pieces[k], cellStart(pieces, k, n)))
	}
	l.TrimBlankCells()
	return l, whole
}

// cutLoc is where the cells of a row stop being read: just after its last
// cell read.
func cutLoc(l layout.Line) report.Loc {
	p := layout.Pos{Line: l.Text.Start().Line, Col: 1}
	if k := len(l.Cells); k > 0 {
		c := l.Cells[k-1]
		p = c.At
		if !c.Text.IsEmpty() {
			p = c.Text.PosAt(c.Text.Len())
		}
	}
	return report.Loc{Line: p.Line, Column: p.Col, EndLine: p.Line, EndColumn: p.Col}
}

// cellStart returns where the k-th piece of a cut row stands, also when it
// is empty: just after the pipe before it.
func cellStart(pieces []layout.Text, k, line int) layout.Pos {
	if !pieces[k].IsEmpty() {
		return pieces[k].Start()
	}
	if k == 0 {
		return layout.Pos{Line: line, Col: 1}
	}
	pipe := pieces[k-1]
	p := pipe.Start()
	p.Col++
	return p
}

func cell(raw layout.Text, at layout.Pos) layout.Cell {
	c := layout.Cell{Text: raw.TrimSpace(), At: at}
	if !c.Text.IsEmpty() {
		c.At = c.Text.Start()
	}
	return c
}
