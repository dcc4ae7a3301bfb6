package htmldoc

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/nianbao/nianbao/parser/layout"
)

// Table limits.
const (
	// maxGridCells bounds the cells that expanding rowspan and colspan
	// creates in one page; merged cells beyond it are not copied.
	maxGridCells = 200_000
	// maxDataCellText is the most text (non-space bytes) a data table's
	// cell holds; a table with a larger cell lays out the page.
	maxDataCellText = 600
)

// outLine is a line with the node its text came from (for a row: its <tr>).
type outLine struct {
	layout.Line
	origin int32
}

// writer collects rendered text into lines, collapsing HTML white space.
// In a cell, line breaks become spaces.
type writer struct {
	b       layout.Builder
	pending bool
	space   layout.Pos
	last    layout.Pos
	origin  int32
	cell    bool
	lines   []outLine
}

// rune writes r standing at p, read from node origin. White space that
// would start the line is dropped.
func (w *writer) rune(r rune, p layout.Pos, origin int32) {
	if w.b.Len() == 0 {
		if layout.IsSpace(r) {
			return
		}
		w.origin = origin
	} else if w.pending {
		w.b.WriteRune(' ', w.space)
	}
	w.pending = false
	w.b.WriteRune(r, p)
	w.last = p
}

// blank records collapsible white space at p.
func (w *writer) blank(p layout.Pos) {
	if w.b.Len() > 0 && !w.pending {
		w.pending, w.space = true, p
	}
}

// brk ends the line (in a cell: writes a space).
func (w *writer) brk() {
	if w.cell {
		w.blank(w.last)
		return
	}
	w.flush()
}

// flush ends the current line.
func (w *writer) flush() {
	if w.b.Len() == 0 {
		return
	}
	if t := w.b.Text().TrimSpace(); !t.IsEmpty() {
		w.lines = append(w.lines, outLine{Line: layout.Line{Text: t}, origin: w.origin})
	}
	w.b = layout.Builder{}
	w.pending = false
}

// renderer turns a subtree into lines.
type renderer struct {
	t   *tree
	w   *writer
	pre int
	// gridLeft is how many more cells merged-cell expansion may create.
	gridLeft  int
	gridShort bool // merged cells were left unexpanded
}

// render returns the lines of the subtree at i, and whether merged cells
// were left unexpanded.
func (t *tree) render(i int32) ([]outLine, bool) {
	r := &renderer{t: t, w: &writer{}, gridLeft: maxGridCells}
	r.node(i)
	r.w.flush()
	return r.w.lines, r.gridShort
}

func (r *renderer) children(i int32) {
	for c := r.t.nodes[i].first; c >= 0; c = r.t.nodes[c].nxt {
		r.node(c)
	}
}

func (r *renderer) node(i int32) {
	n := &r.t.nodes[i]
	switch n.kind {
	case textNode:
		r.text(i)
		return
	case breakNode:
		r.w.brk()
		return
	}
	if n.flags&flagHidden != 0 {
		return
	}
	switch {
	case n.tag == "br":
		r.w.brk()
	case n.tag == "table":
		r.table(i)
	case n.flags&flagPre != 0:
		r.w.brk()
		r.pre++
		r.children(i)
		r.pre--
		r.w.brk()
	case n.flags&flagBlock != 0:
		r.w.brk()
		r.children(i)
		r.w.brk()
	default:
		r.children(i)
	}
}

// text writes a text node: entities decoded (each character standing
// where its entity starts), white space collapsed outside <pre>.
func (r *renderer) text(i int32) {
	n := &r.t.nodes[i]
	s := r.t.src[:n.stop]
	c := cursor{src: r.t.src, off: int(n.start), pos: n.pos}
	for c.off < len(s) {
		ch, p := s[c.off], c.pos
		switch {
		case ch == '&':
			if dec, size := entity(s[c.off:]); size > 0 {
				for _, x := range dec {
					r.w.rune(x, p, i)
				}
				c.advance(c.off + size)
				continue
			}
			r.w.rune('&', p, i)
		case ch == 0:
		case isHTMLSpace(ch) && r.pre > 0:
			switch {
			case ch == '\n' || ch == '\r' && !strings.HasPrefix(s[c.off+1:], "\n"):
				r.w.brk()
			case ch != '\r':
				r.w.rune(rune(ch), p, i)
			}
		case isHTMLSpace(ch):
			r.w.blank(p)
		case ch < utf8.RuneSelf:
			r.w.rune(rune(ch), p, i)
		default:
			x, size := utf8.DecodeRuneInString(s[c.off:])
			r.w.rune(x, p, i)
			c.advance(c.off + size)
			continue
		}
		c.step()
	}
}

// commonEntities are decoded without a lookup.
var commonEntities = map[string]string{
	"&nbsp;": "\u00a0", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"",
	"&ldquo;": "“", "&rdquo;": "”", "&middot;": "·", "&mdash;": "—", "&hellip;": "…",
}

// entity decodes the character reference at the start of s ("&nbsp;",
// "&#20013;", "&copy" without its semicolon). size is 0 when s does not
// start with one.
func entity(s string) (string, int) {
	if i := strings.IndexByte(s[:min(len(s), 9)], ';'); i > 0 {
		if dec, ok := commonEntities[s[:i+1]]; ok {
			return dec, i + 1
		}
	}
	j := 1
	if j < len(s) && s[j] == '#' {
		j++
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		k := j
		for k < len(s) && k-j < 16 && (isDigit(s[k]) || hex && isHexLetter(s[k])) {
			k++
		}
		if k == j {
			return "", 0
		}
		j = k
	} else {
		k := j
		for k < len(s) && k-j < 40 && (isDigit(s[k]) || isLetter(s[k])) {
			k++
		}
		if k == j {
			return "", 0
		}
		j = k
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	cand := s[:j]
	dec := html.UnescapeString(cand)
	switch dec {
	case cand:
		return "", 0
	case ";": // &semi; or &#59;, whose character looks like the rest
		return dec, j
	}
	// A name without its semicolon decodes its longest known prefix
	// ("&copy2019" is "©2019"): the rest is left as it was.
	rest := 0
	for rest < len(dec) && rest < len(cand) && dec[len(dec)-1-rest] == cand[len(cand)-1-rest] {
		rest++
	}
	if j-rest <= 1 {
		return "", 0
	}
	return dec[:len(dec)-rest], j - rest
}

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isHexLetter(c byte) bool { return c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isLetter(c byte) bool    { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ---- tables ----

// gridCell is one slot of a table's grid.
type gridCell struct {
	layout.Cell
	set bool
}

// table renders a data table as one row line per <tr>, and a table that
// lays out the page (a cell holding paragraphs or another table, or one
// column only) as the lines of its cells in reading order.
func (r *renderer) table(i int32) {
	rows := r.rows(i)
	cells := make([][]int32, len(rows))
	for k, tr := range rows {
		cells[k] = r.cells(tr)
	}
	if !r.isData(cells) {
		r.w.brk()
		r.children(i)
		r.w.brk()
		return
	}
	r.w.flush()
	grid := r.grid(rows, cells)
	at := make(map[int32]int, len(rows))
	for k, tr := range rows {
		at[tr] = k
	}
	r.tableContent(i, grid, at)
	r.w.flush()
}

// The parts of a table that rows and cells collect, and those they do not
// look into.
var (
	rowTags, rowSkip   = set("tr"), set("table", "td", "th", "caption")
	cellTags, cellSkip = set("td", "th"), set("table", "tr")
)

// rows returns the visible <tr> of table i, not those of nested tables.
func (r *renderer) rows(i int32) []int32 { return r.collect(i, rowTags, rowSkip, nil) }

// cells returns the visible cells of row i.
func (r *renderer) cells(i int32) []int32 { return r.collect(i, cellTags, cellSkip, nil) }

// collect appends to out, in document order, the visible elements below i
// whose tag is in want, looking neither into them nor into the elements
// whose tag is in skip.
func (r *renderer) collect(i int32, want, skip map[string]bool, out []int32) []int32 {
	for c := r.t.nodes[i].first; c >= 0; c = r.t.nodes[c].nxt {
		n := &r.t.nodes[c]
		switch {
		case n.kind != elementNode || n.flags&flagHidden != 0 || skip[n.tag]:
		case want[n.tag]:
			out = append(out, c)
		default:
			out = r.collect(c, want, skip, out)
		}
	}
	return out
}

// isData reports whether a table holds data: more than one column, and
// cells of short text without nested tables.
func (r *renderer) isData(cells [][]int32) bool {
	wide := false
	for _, row := range cells {
		if len(row) > 1 {
			wide = true
		}
		for _, c := range row {
			n := &r.t.nodes[c]
			if n.flags&flagHasTable != 0 || n.textLen > maxDataCellText {
				return false
			}
		}
	}
	return wide
}

// grid expands rowspan and colspan: every slot a merged cell covers gets a
// copy of it marked Dup.
func (r *renderer) grid(rows []int32, cells [][]int32) [][]gridCell {
	grid := make([][]gridCell, len(rows))
	for k := range rows {
		col := 0
		for _, c := range cells[k] {
			for col < len(grid[k]) && grid[k][col].set {
				col++
			}
			n := &r.t.nodes[c]
			rs, cs := int(n.rowspan), int(n.colspan)
			if rs == 0 || rs > len(rows)-k {
				rs = len(rows) - k
			}
			if rs*cs > r.gridLeft {
				rs, cs = 1, 1
				r.gridShort = true
			}
			r.gridLeft -= rs * cs
			cell := r.cell(c)
			for dr := 0; dr < rs; dr++ {
				row := grid[k+dr]
				for len(row) < col+cs {
					row = append(row, gridCell{})
				}
				for dc := 0; dc < cs; dc++ {
					if row[col+dc].set {
						continue // overlapping spans: the first cell wins
					}
					cp := cell
					cp.Dup = dr > 0 || dc > 0
					row[col+dc] = gridCell{Cell: cp, set: true}
				}
				grid[k+dr] = row
			}
			col += cs
		}
	}
	return grid
}

// inlineText renders the content of element i as one line, its line
// breaks read as spaces (a data table's cell, the page's <title>). White
// space may end it. Element i holds no table, as isData makes sure for a
// cell: a table's lines would be lost.
func (t *tree) inlineText(i int32) layout.Text {
	r := &renderer{t: t, w: &writer{cell: true}}
	r.children(i)
	return r.w.b.Text()
}

// cell renders the content of a table cell.
func (r *renderer) cell(i int32) layout.Cell {
	t := r.t.inlineText(i).TrimSpace()
	c := layout.Cell{Text: t, At: r.t.nodes[i].pos}
	if !t.IsEmpty() {
		c.At = t.Start()
	}
	return c
}

// tableContent emits the rows of a data table in order, with any text
// written in the table outside its cells as lines of its own.
func (r *renderer) tableContent(i int32, grid [][]gridCell, at map[int32]int) {
	for c := r.t.nodes[i].first; c >= 0; c = r.t.nodes[c].nxt {
		n := &r.t.nodes[c]
		switch {
		case n.kind != elementNode:
			r.node(c)
			r.w.flush()
		case n.flags&flagHidden != 0:
		case n.tag == "tr":
			if k, ok := at[c]; ok {
				r.row(c, grid[k])
			}
		case n.tag == "caption", n.tag == "table":
			r.node(c)
		case n.tag == "td" || n.tag == "th":
		default:
			r.tableContent(c, grid, at)
		}
	}
}

// row emits one grid row as a row line.
func (r *renderer) row(tr int32, slots []gridCell) {
	r.w.flush()
	line := outLine{Line: layout.Line{Row: true, Cells: make([]layout.Cell, len(slots))}, origin: tr}
	var texts []layout.Text
	for k, s := range slots {
		if !s.set {
			line.Cells[k] = layout.Cell{At: r.t.nodes[tr].pos}
			continue
		}
		line.Cells[k] = s.Cell
		if !s.Dup && !s.Text.IsEmpty() {
			texts = append(texts, s.Text)
		}
	}
	line.Text = layout.Join(texts, " ")
	r.w.lines = append(r.w.lines, line)
}
