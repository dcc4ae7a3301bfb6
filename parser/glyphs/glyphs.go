// Package glyphs rebuilds the text of fixed-layout pages — PDF, OFD — from
// the glyphs drawn on them and their positions: glyphs are grouped into
// lines top to bottom, and the gaps between them written as spaces — one
// space for a gap between words, two or more for a column gap, up to the
// glyph's column on a grid of half-width character cells, so that table
// cells stay apart and columns line up as on the page. Page numbers and
// running headers and footers are marked to be dropped.
//
// Positions are in any unit (points, millimetres) with the origin at the
// top left of the page and y growing downwards; every gap is measured in
// font sizes, every margin in fractions of the page.
package glyphs

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
)

// Glyph is one drawn character (or the few characters of one glyph).
type Glyph struct {
	Text   string
	X0, X1 float64 // horizontal extent
	Y      float64 // baseline
	Size   float64 // font size
}

// Page is the glyphs of one page and its size.
type Page struct {
	Glyphs        []Glyph
	Width, Height float64
}

// Line is one reconstructed line of a page.
type Line struct {
	Text   string  // folded with layout.FoldString
	Y      float64 // baseline
	X0, X1 float64
	// Drop marks a page number or running header or footer.
	Drop bool
}

// Lay lays out each page's glyphs as lines, top to bottom, and marks the
// page numbers, running headers and footers among them to be dropped.
func Lay(pages []Page) [][]Line {
	laid := make([][]Line, len(pages))
	for i := range pages {
		laid[i] = layoutPage(&pages[i])
	}
	removeFurniture(laid, pages)
	return laid
}

// Write appends the lines of laid that are not dropped to doc, each one
// line of its text, located on its page (laid[i] is page i+1). before,
// when not nil, is called before the lines of each page with the page's
// number and the number of the line that comes next, for notes that point
// at the page.
func Write(doc *layout.Doc, laid [][]Line, before func(page, line int)) {
	text := []byte(doc.Text)
	n := doc.NumLines
	for i, lines := range laid {
		if before != nil {
			before(i+1, n+1)
		}
		for _, l := range lines {
			if l.Drop {
				continue
			}
			n++
			doc.Lines = append(doc.Lines, layout.Line{Text: layout.NewText(l.Text, n, 1)})
			doc.SetLineInfo(n, i+1, 0)
			text = append(text, l.Text...)
			text = append(text, '\n')
		}
	}
	doc.Text = string(text)
	doc.NumLines = n
}

// Gaps between glyphs, in units of the smaller glyph's font size.
const (
	// touchGap: closer glyphs touch (no space between them).
	touchGap = 0.15
	// columnGap: a gap at least this wide separates columns (two or more
	// spaces); a narrower one separates words (one space).
	columnGap = 1.0
	// lineTolerance: glyphs whose baselines differ by less than this share
	// a line.
	lineTolerance = 0.5
)

// layoutPage groups a page's glyphs into lines, top to bottom, and writes
// each line's text with its gaps as spaces.
func layoutPage(pc *Page) []Line {
	gs := make([]Glyph, 0, len(pc.Glyphs))
	for _, g := range pc.Glyphs {
		if strings.TrimFunc(g.Text, isBlank) != "" {
			gs = append(gs, g)
		}
	}
	if len(gs) == 0 {
		return nil
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Y < gs[j].Y })
	cell := cellWidth(pc)
	left := math.Inf(1)
	for _, g := range gs {
		left = min(left, g.X0)
	}
	var lines []Line
	for start := 0; start < len(gs); {
		end, sum := start+1, gs[start].Y
		for end < len(gs) {
			mean := sum / float64(end-start)
			if gs[end].Y-mean > lineTolerance*min(gs[end].Size, gs[start].Size) {
				break
			}
			sum += gs[end].Y
			end++
		}
		lines = append(lines, composeLine(gs[start:end], left, cell))
		start = end
	}
	return lines
}

func isBlank(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == 0xFEFF || r == 0x200B
}

// composeLine writes the glyphs of one line left to right. Glyphs that
// touch are written together, a gap between words becomes one space and a
// column gap two or more, up to the glyph's column on a grid of half-width
// character cells, so that columns line up as on the page. The text is
// folded (layout.FoldString) once its columns are set.
func composeLine(gs []Glyph, left, cell float64) Line {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].X0 < gs[j].X0 })
	var b strings.Builder
	col := 0
	var prev *Glyph
	tl := Line{X0: gs[0].X0, Y: gs[0].Y}
	for i := range gs {
		g := &gs[i]
		if prev != nil && g.Text == prev.Text && math.Abs(g.X0-prev.X0) < overdrawn(prev, g) && math.Abs(g.Y-prev.Y) < 0.3*g.Size {
			continue // the same glyph drawn twice (fake bold)
		}
		target := int(math.Round((g.X0 - left) / cell))
		spaces := target - col
		if prev != nil {
			gap := g.X0 - prev.X1
			unit := min(g.Size, prev.Size)
			switch {
			case gap < touchGap*unit:
				spaces = 0
			case gap < columnGap*unit:
				spaces = 1
			default:
				spaces = max(2, spaces)
			}
		}
		for k := 0; k < spaces; k++ {
			b.WriteByte(' ')
		}
		col += spaces
		text := strings.Map(func(r rune) rune {
			if isBlank(r) {
				return ' '
			}
			return r
		}, g.Text)
		b.WriteString(text)
		col += layout.DisplayWidth(text)
		tl.X1 = max(tl.X1, g.X1)
		prev = g
	}
	tl.Text = layout.FoldString(b.String())
	return tl
}

// overdrawn is how far right of the glyph prev the same glyph g may start
// and be the same glyph drawn again (fake bold): less than a third of its
// size, and of its width, so that the dots of "..." or the l's of "ll",
// narrower than that, are all kept.
func overdrawn(prev, g *Glyph) float64 {
	d := 0.3 * g.Size
	if w := prev.X1 - prev.X0; w > 0 {
		d = min(d, 0.3*w)
	}
	return d
}

// marginLines is how many lines at the top and the foot of a page are
// looked at for page numbers, headers and footers.
const marginLines = 2

// removeFurniture marks page numbers, and headers and footers repeated on
// most pages, to be dropped.
func removeFurniture(laid [][]Line, pages []Page) {
	margins := make([][]*Line, len(laid))
	for i, lines := range laid {
		margins[i] = marginLinesOf(lines, pages[i].Height)
		for _, l := range margins[i] {
			if isPageNumber(l, pages[i].Width, pages[i].Height) {
				l.Drop = true
			}
		}
	}
	if len(laid) < 2 {
		return
	}
	// Running headers and footers: the same text (numbers aside) in the
	// margin of at least half the pages.
	count := map[string]int{}
	for _, ls := range margins {
		seen := map[string]bool{}
		for _, l := range ls {
			if key := furnitureKey(l.Text); key != "" && !l.Drop && !seen[key] {
				seen[key] = true
				count[key]++
			}
		}
	}
	need := max(2, (len(laid)+1)/2)
	for _, ls := range margins {
		for _, l := range ls {
			if key := furnitureKey(l.Text); key != "" && count[key] >= need {
				l.Drop = true
			}
		}
	}
}

// marginLinesOf returns those of the first and last marginLines lines of a
// page that stand in its margins.
func marginLinesOf(lines []Line, height float64) []*Line {
	var out []*Line
	for k := range lines {
		if l := &lines[k]; (k < marginLines || k >= len(lines)-marginLines) && inMargin(l, height) {
			out = append(out, l)
		}
	}
	return out
}

// inMargin reports whether a line stands in the top 12% or the bottom 15%
// of the page.
func inMargin(l *Line, height float64) bool {
	return l.Y < 0.12*height || l.Y > 0.85*height
}

// isPageNumber reports whether a margin line is a page number: "-3-",
// "— 3 —", "第3页", "第3页 共5页", "3/5", "Page 3", or a lone number centred
// on the page.
func isPageNumber(l *Line, width, height float64) bool {
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, l.Text)
	if s == "" {
		return false
	}
	if layout.IsPageNumber(s) {
		return true
	}
	if !isDigits(s) || utf8.RuneCountInString(s) > 4 || strings.ContainsFunc(strings.TrimSpace(l.Text), unicode.IsSpace) {
		return false
	}
	centre := (l.X0 + l.X1) / 2
	return math.Abs(centre-width/2) < 0.1*width && l.Y > 0.8*height
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// furnitureKey returns the text of a margin line with its numbers blanked,
// or "" when it is too short or only numbers and punctuation to tell.
func furnitureKey(text string) string {
	var b strings.Builder
	letters := 0
	digits := false
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
		case r >= '0' && r <= '9':
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		case unicode.IsLetter(r):
			letters++
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		digits = false
	}
	if letters < 2 {
		return ""
	}
	return b.String()
}

// cellWidth returns the width of a half-width character cell of the grid
// that a page's columns are laid out on: half a small font size of the
// page (its first quartile), so that the text of tables, usually set
// smaller than the narrative, fits the grid. The page has glyphs.
func cellWidth(pc *Page) float64 {
	sizes := make([]float64, len(pc.Glyphs))
	for i, g := range pc.Glyphs {
		sizes[i] = g.Size
	}
	sort.Float64s(sizes)
	return sizes[len(sizes)/4] / 2
}
