package layout

import "github.com/nianbao/nianbao/report"

// Cell is one table cell of a row line.
type Cell struct {
	// Text is the cell's content, trimmed; empty for a blank cell.
	Text Text
	// At is where the cell stands, also when it is blank.
	At Pos
	// Dup marks a copy of a merged cell's content made when a rowspan,
	// colspan, gridSpan or vMerge was expanded into the grid; the recogniser
	// reads labels from copies but never counts their numbers twice.
	Dup bool
}

// Line is one line of the text that locations point into, or one table row.
type Line struct {
	// Text is the whole line as extracted (for a row: its cells' text).
	Text Text
	// Row is true when the line is a table row whose cells are known: pipe
	// rows, HTML and DOCX table rows, PDF lines split at column gaps. A row
	// may have no cells (a line of bare separators).
	Row   bool
	Cells []Cell
}

// TrimBlankCells drops the blank cells at the end of a row: the padding of
// merged headers in pipe text, of spanned cells in Word tables.
func (l *Line) TrimBlankCells() {
	for len(l.Cells) > 0 && l.Cells[len(l.Cells)-1].Text.IsEmpty() {
		l.Cells = l.Cells[:len(l.Cells)-1]
	}
}

// Doc is what an extractor yields: lines in reading order.
type Doc struct {
	Format   string // report.FormatText, FormatHTML, FormatDOCX, FormatPDF
	Encoding string
	Lines    []Line
	// Text is the text that locations point into, as `nianbao parse --text`
	// prints it.
	Text string
	// NumLines is the number of lines of Text.
	NumLines   int
	Pages      int
	Paragraphs int
	// PageDate is the date the page around the report gives (a saved web
	// page's header "发布时间：2025-01-20", a crawler's metadata header),
	// located in the text that locations point into; nil when there is
	// none. It is never the report's own date under its 落款.
	PageDate *report.Published
	// Notes are what the extractor could not read (an image-only page, a
	// table cut short), passed on to the document.
	Notes []report.Note
	// pageOf/paraOf give, per line number of Text, its page or paragraph.
	pageOf map[int]int
	paraOf map[int]int
}

// SetLineInfo records the page and paragraph of a line number of Text, so
// that locations in it carry them.
func (d *Doc) SetLineInfo(line, page, paragraph int) {
	if page > 0 {
		if d.pageOf == nil {
			d.pageOf = map[int]int{}
		}
		d.pageOf[line] = page
	}
	if paragraph > 0 {
		if d.paraOf == nil {
			d.paraOf = map[int]int{}
		}
		d.paraOf[line] = paragraph
	}
}

// Loc returns the location of t[i:j].
func (d *Doc) Loc(t Text, i, j int) report.Loc {
	start, end := t.Span(i, j)
	return d.locOf(start, end)
}

// LocOf returns the location of the whole of t.
func (d *Doc) LocOf(t Text) report.Loc { return d.Loc(t, 0, t.Len()) }

// PointAfter returns the empty location just after the end of t, with
// its line's page and paragraph.
func (d *Doc) PointAfter(t Text) report.Loc {
	p := t.PosAt(t.Len())
	return d.locOf(p, p)
}

// PointAt returns the empty location at the start of a line number of
// Text, with its page and paragraph.
func (d *Doc) PointAt(line int) report.Loc {
	p := Pos{Line: line, Col: 1}
	return d.locOf(p, p)
}

// LocSpan returns the location from the start of a to the end of b.
func (d *Doc) LocSpan(a, b Text) report.Loc {
	start, _ := a.Span(0, a.Len())
	_, end := b.Span(0, b.Len())
	return d.locOf(start, end)
}

func (d *Doc) locOf(start, end Pos) report.Loc {
	if start.Line == 0 {
		return report.Loc{}
	}
	l := report.Loc{Line: start.Line, Column: start.Col, EndLine: end.Line, EndColumn: end.Col}
	if d != nil {
		l.Page = d.pageOf[start.Line]
		l.Paragraph = d.paraOf[start.Line]
	}
	return l
}

// MaxRowCells bounds the cells read from one table row. A report's widest
// row has a few dozen cells, and a whole table written on one line a few
// hundred; a row with more is no report's, and reading it all would only
// make every later stage slow. Extractors keep a row's first MaxRowCells
// cells and say in a note that the rest was not read.
const MaxRowCells = 2000
