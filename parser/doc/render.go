package doc

import (
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// The blocks are laid out in lines exactly as parser/docx lays out those
// of a .docx, so that a report saved as .doc reads as the same report
// saved as .docx.

// cellSep joins the cells of a row in the text.
const cellSep = " | "

// writer lays the blocks out in lines, numbering lines and units.
type writer struct {
	doc  *layout.Doc
	text strings.Builder
	unit int // the current unit (paragraph or row) number
}

// render lays out the body in lines.
func render(body []block, encoding string) *layout.Doc {
	w := &writer{doc: &layout.Doc{Format: report.FormatDOC, Encoding: encoding}}
	w.blocks(body)
	w.doc.Text = w.text.String()
	w.doc.Paragraphs = w.unit
	return w.doc
}

func (w *writer) blocks(bs []block) {
	for _, b := range bs {
		if b.para != nil {
			w.paragraph(b.para)
		} else {
			w.table(b.table)
		}
	}
}

// addLine appends a line of the current unit.
func (w *writer) addLine(l layout.Line) {
	w.doc.NumLines++
	w.doc.Lines = append(w.doc.Lines, l)
	w.doc.SetLineInfo(w.doc.NumLines, 0, w.unit)
	w.text.WriteString(layout.FoldString(l.Text.String()))
	w.text.WriteByte('\n')
}

func (w *writer) paragraph(p *paragraph) {
	w.unit++
	for _, s := range p.lines {
		w.addLine(layout.Line{Text: layout.NewText(s, w.doc.NumLines+1, 1)})
	}
}

func (w *writer) table(t *table) {
	var above []layout.Text
	for i := range t.rows {
		w.unit++
		var floats []block
		above, floats = w.row(&t.rows[i], above)
		w.blocks(floats)
	}
}

// row writes a table row and returns the content of its grid columns (for
// the vertical merges of the next row) and the tables nested in its cells.
func (w *writer) row(r *row, above []layout.Text) ([]layout.Text, []block) {
	n := w.doc.NumLines + 1
	var sb strings.Builder
	// Each Word cell's text, where it stands in the line.
	written := make([]layout.Cell, len(r.cells))
	var floats []block
	col := 1
	for i := range r.cells {
		if i > 0 {
			sb.WriteString(cellSep)
			col += utf8.RuneCountInString(cellSep)
		}
		s := cellText(r.cells[i].blocks, &floats)
		written[i] = layout.Cell{Text: layout.NewText(s, n, col), At: layout.Pos{Line: n, Col: col}}
		sb.WriteString(s)
		col += utf8.RuneCountInString(s)
	}
	line := layout.Line{Text: layout.NewText(sb.String(), n, 1), Row: true}
	grid := make([]layout.Text, r.before)
	for i, c := range r.cells {
		content, dup := written[i].Text, false
		switch g := len(grid); {
		case !content.IsEmpty():
		case c.vContinue && g < len(above):
			content, dup = above[g], true
		case c.hContinue && len(line.Cells) > 0:
			content, dup = line.Cells[len(line.Cells)-1].Text, true
		}
		for k := 0; k < c.span; k++ {
			line.Cells = append(line.Cells, layout.Cell{Text: content, At: written[i].At, Dup: dup || k > 0})
			grid = append(grid, content)
		}
	}
	line.TrimBlankCells()
	w.addLine(line)
	return grid, floats
}

// cellText returns a cell's text: its paragraphs' lines, trimmed, joined by
// a space. The tables nested in the cell are added to floats.
func cellText(blocks []block, floats *[]block) string {
	var parts []string
	for _, b := range blocks {
		if b.table != nil {
			*floats = append(*floats, b)
			continue
		}
		for _, s := range b.para.lines {
			if s = strings.TrimFunc(s, layout.IsSpace); s != "" {
				parts = append(parts, s)
			}
		}
	}
	return strings.Join(parts, " ")
}
