package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
)

// textLine is one reconstructed line of a page.
type textLine struct {
	text   string  // folded with layout.FoldString
	y      float64 // baseline
	x0, x1 float64
	// drop marks a page number or running header or footer.
	drop bool
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
func layoutPage(pc *pageContent) []textLine {
	gs := make([]glyph, 0, len(pc.glyphs))
	for _, g := range pc.glyphs {
		if strings.TrimFunc(g.text, isBlank) != "" {
			gs = append(gs, g)
		}
	}
	if len(gs) == 0 {
		return nil
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y < gs[j].y })
	cell := cellWidth(pc)
	left := math.Inf(1)
	for _, g := range gs {
		left = min(left, g.x0)
	}
	var lines []textLine
	for start := 0; start < len(gs); {
		end, sum := start+1, gs[start].y
		for end < len(gs) {
			mean := sum / float64(end-start)
			if gs[end].y-mean > lineTolerance*min(gs[end].size, gs[start].size) {
				break
			}
			sum += gs[end].y
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
func composeLine(gs []glyph, left, cell float64) textLine {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x0 < gs[j].x0 })
	var b strings.Builder
	col := 0
	var prev *glyph
	tl := textLine{x0: gs[0].x0, y: gs[0].y}
	for i := range gs {
		g := &gs[i]
		if prev != nil && g.text == prev.text && math.Abs(g.x0-prev.x0) < overdrawn(prev, g) && math.Abs(g.y-prev.y) < 0.3*g.size {
			continue // the same glyph drawn twice (fake bold)
		}
		target := int(math.Round((g.x0 - left) / cell))
		spaces := target - col
		if prev != nil {
			gap := g.x0 - prev.x1
			unit := min(g.size, prev.size)
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
		}, g.text)
		b.WriteString(text)
		col += layout.DisplayWidth(text)
		tl.x1 = max(tl.x1, g.x1)
		prev = g
	}
	tl.text = layout.FoldString(b.String())
	return tl
}

// overdrawn is how far right of the glyph prev the same glyph g may start
// and be the same glyph drawn again (fake bold): less than a third of its
// size, and of its width, so that the dots of "..." or the l's of "ll",
// narrower than that, are all kept.
func overdrawn(prev, g *glyph) float64 {
	d := 0.3 * g.size
	if w := prev.x1 - prev.x0; w > 0 {
		d = min(d, 0.3*w)
	}
	return d
}

// marginLines is how many lines at the top and the foot of a page are
// looked at for page numbers, headers and footers.
const marginLines = 2

// removeFurniture marks page numbers, and headers and footers repeated on
// most pages, to be dropped.
func removeFurniture(laid [][]textLine, pages []*pageContent) {
	margins := make([][]*textLine, len(laid))
	for i, lines := range laid {
		margins[i] = marginLinesOf(lines, pages[i].height)
		for _, l := range margins[i] {
			if isPageNumber(l, pages[i].width, pages[i].height) {
				l.drop = true
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
			if key := furnitureKey(l.text); key != "" && !l.drop && !seen[key] {
				seen[key] = true
				count[key]++
			}
		}
	}
	need := max(2, (len(laid)+1)/2)
	for _, ls := range margins {
		for _, l := range ls {
			if key := furnitureKey(l.text); key != "" && count[key] >= need {
				l.drop = true
			}
		}
	}
}

// marginLinesOf returns those of the first and last marginLines lines of a
// page that stand in its margins.
func marginLinesOf(lines []textLine, height float64) []*textLine {
	var out []*textLine
	for k := range lines {
		if l := &lines[k]; (k < marginLines || k >= len(lines)-marginLines) && inMargin(l, height) {
			out = append(out, l)
		}
	}
	return out
}

// inMargin reports whether a line stands in the top 12% or the bottom 15%
// of the page.
func inMargin(l *textLine, height float64) bool {
	return l.y < 0.12*height || l.y > 0.85*height
}

// isPageNumber reports whether a margin line is a page number: "-3-",
// "— 3 —", "第3页", "第3页 共5页", "3/5", "Page 3", or a lone number centred
// on the page.
func isPageNumber(l *textLine, width, height float64) bool {
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, l.text)
	if s == "" {
		return false
	}
	if layout.IsPageNumber(s) {
		return true
	}
	if !isDigits(s) || utf8.RuneCountInString(s) > 4 || strings.ContainsFunc(strings.TrimSpace(l.text), unicode.IsSpace) {
		return false
	}
	centre := (l.x0 + l.x1) / 2
	return math.Abs(centre-width/2) < 0.1*width && l.y > 0.8*height
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
func cellWidth(pc *pageContent) float64 {
	sizes := make([]float64, len(pc.glyphs))
	for i, g := range pc.glyphs {
		sizes[i] = g.size
	}
	sort.Float64s(sizes)
	return sizes[len(sizes)/4] / 2
}
