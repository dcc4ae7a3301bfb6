package doc

import (
	"fmt"
	"slices"
)

// The document as read: blocks of paragraphs and tables, as parser/docx
// reads them from document.xml, before they are laid out in lines.
type (
	block struct {
		para  *paragraph // one of para and table is set
		table *table
	}
	paragraph struct{ lines []string }
	table     struct{ rows []row }
	row       struct {
		before int // grid columns left of the row's first cell
		cells  []cell
	}
	cell struct {
		span      int // grid columns
		vContinue bool
		hContinue bool
		blocks    []block
	}
)

// builder groups paragraphs into tables, rows and cells by their table
// depth and marks ([MS-DOC] 2.4.3): at depth 1 a cell ends with a cell mark
// (0x07) and a row with one more, the row mark (sprmPFTtp), whose
// properties define the row's cells; in a nested table a cell ends with a
// paragraph mark with sprmPFInnerTableCell, a row with one with
// sprmPFInnerTtp.
type builder struct {
	paras []para
	i     int
	lim   Limits
	cells int
}

// depth is the table depth of paragraph i, 0 past the end.
func (b *builder) depth(i int) int {
	if i >= len(b.paras) {
		return 0
	}
	return b.paras[i].props.depth()
}

// rowEnd reports whether paragraph i ends a row at depth d.
func (b *builder) rowEnd(i, d int) bool {
	p := &b.paras[i].props
	if d == 1 {
		return p.ttp
	}
	return p.innerTtp
}

// cellEnd reports whether paragraph i ends a cell at depth d.
func (b *builder) cellEnd(i, d int) bool {
	p := &b.paras[i]
	if d == 1 {
		return p.mark == 0x07
	}
	return p.props.innerCell
}

// body reads the blocks of the whole text.
func (b *builder) body() ([]block, error) {
	var out []block
	for b.i < len(b.paras) {
		if b.depth(b.i) == 0 {
			out = append(out, block{para: &paragraph{lines: b.paras[b.i].lines}})
			b.i++
			continue
		}
		t, err := b.table(1)
		if err != nil {
			return nil, err
		}
		out = append(out, block{table: t})
	}
	return out, nil
}

// table reads the rows of a table at depth d, up to the first paragraph
// of a smaller depth.
func (b *builder) table(d int) (*table, error) {
	t := &table{}
	var defs []*rowDef
	for b.i < len(b.paras) && b.depth(b.i) >= d {
		r, def, err := b.row(d)
		if err != nil {
			return nil, err
		}
		t.rows = append(t.rows, r)
		defs = append(defs, def)
	}
	return t, b.layout(t, defs)
}

// row reads a row at depth d, up to and with its row mark.
func (b *builder) row(d int) (row, *rowDef, error) {
	var r row
	for {
		if b.i >= len(b.paras) || b.depth(b.i) < d {
			return r, nil, nil // a row cut short
		}
		if b.depth(b.i) == d && b.rowEnd(b.i, d) {
			def := b.paras[b.i].props.row
			// A nested row mark that is not also a cell mark ends the
			// last cell too.
			if d > 1 && !b.paras[b.i].props.innerCell && !isBlank(b.paras[b.i].lines) {
				r.cells = append(r.cells, cell{blocks: []block{{para: &paragraph{lines: b.paras[b.i].lines}}}})
			}
			b.i++
			return r, def, nil
		}
		blocks, err := b.cell(d)
		if err != nil {
			return r, nil, err
		}
		r.cells = append(r.cells, cell{blocks: blocks})
	}
}

// cell reads the blocks of a cell at depth d, up to and with its cell
// mark; it stops before a row mark or a paragraph of a smaller depth.
func (b *builder) cell(d int) ([]block, error) {
	var out []block
	for b.i < len(b.paras) {
		switch depth := b.depth(b.i); {
		case depth < d:
			return out, nil
		case depth > d:
			t, err := b.table(d + 1)
			if err != nil {
				return nil, err
			}
			out = append(out, block{table: t})
			continue
		}
		if b.rowEnd(b.i, d) {
			return out, nil
		}
		p := &b.paras[b.i]
		b.i++
		out = append(out, block{para: &paragraph{lines: p.lines}})
		if b.cellEnd(b.i-1, d) {
			return out, nil
		}
	}
	return out, nil
}

func isBlank(lines []string) bool {
	for _, l := range lines {
		if l != "" {
			return false
		}
	}
	return true
}

// snap is the distance in twips within which cell boundaries of different
// rows are one grid line: Word merges cells vertically only when their
// boundaries differ by at most that much.
const snap = 3

// layout sets each cell's grid columns from the row definitions: the grid
// lines of the table are the boundaries of all its rows' cells, so that a
// cell as wide as two cells of another row spans two grid columns, as a
// w:gridSpan does; and it marks the cells that continue a merge.
func (b *builder) layout(t *table, defs []*rowDef) error {
	var edges []int
	for _, d := range defs {
		if d != nil {
			edges = append(edges, d.edges...)
		}
	}
	slices.Sort(edges)
	var grid []int
	for _, e := range edges {
		if len(grid) == 0 || e-grid[len(grid)-1] > snap {
			grid = append(grid, e)
		}
	}
	// line returns the grid line at or nearest below x.
	line := func(x int) int {
		i, _ := slices.BinarySearch(grid, x+snap+1)
		return max(i-1, 0)
	}
	for k := range t.rows {
		r, d := &t.rows[k], defs[k]
		for i := range r.cells {
			c := &r.cells[i]
			c.span = 1
			if d == nil || i+1 >= len(d.edges) {
				continue
			}
			if i == 0 {
				r.before = line(d.edges[0])
			}
			c.span = max(line(d.edges[i+1])-line(d.edges[i]), 1)
			c.vContinue = d.vContinue(i)
			c.hContinue = d.hContinue(i)
		}
		for _, c := range r.cells {
			if err := b.countCells(c.span); err != nil {
				return err
			}
		}
		if err := b.countCells(r.before); err != nil {
			return err
		}
	}
	return nil
}

// countCells counts n grid cells against the limit.
func (b *builder) countCells(n int) error {
	if n > b.lim.MaxCells-b.cells {
		return fmt.Errorf("%w: more than %d table cells", ErrTooLarge, b.lim.MaxCells)
	}
	b.cells += n
	return nil
}
