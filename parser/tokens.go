package parser

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
)

// token is one cell of a table region, in reading order: a label, a number,
// a placeholder or a blank cell. Tables are recognised from tokens, not from
// cell positions, so pipe rows, one cell per line, column-aligned PDF text
// and HTML/DOCX grids all read the same way.
type token struct {
	text  layout.Text // normalised; empty for a blank cell
	raw   string      // as found, trimmed
	at    layout.Pos  // where a blank cell stands
	line  int         // index into recognizer.lines
	dup   bool        // a copy of a merged cell
	cell  bool        // a whole cell of a row whose cells are known
	blank bool
	num   float64
	isNum bool
}

// isValue reports whether the token can fill a count cell: a number, a
// placeholder ("/", "—", "无") or a blank cell of a row.
func (t token) isValue() bool {
	return t.blank || t.isNum || isPlaceholder(t.text.String())
}

// key returns the token's text with spaces removed, for label matching.
func (t token) key() string { return strings.ReplaceAll(t.text.String(), " ", "") }

// tokenize returns the tokens of lines [from, to).
func (r *recognizer) tokenize(from, to int) []token {
	var out []token
	for i := from; i < to; i++ {
		l := &r.lines[i]
		if l.role == roleBlank || l.role == roleHeading || l.role == roleTitle {
			continue
		}
		if l.src.Row {
			for _, c := range l.src.Cells {
				if c.Text.IsEmpty() {
					out = append(out, token{at: c.At, line: i, dup: c.Dup, blank: true})
					continue
				}
				segs := words(c.Text)
				for _, seg := range segs {
					t := newToken(seg, i, c.Dup)
					t.cell = len(segs) == 1
					out = append(out, t)
				}
			}
			continue
		}
		for _, gap := range splitGaps(l.src.Text) {
			for _, seg := range words(gap) {
				out = append(out, newToken(seg, i, false))
			}
		}
	}
	return out
}

func newToken(raw layout.Text, line int, dup bool) token {
	raw = raw.TrimSpace()
	t := token{text: layout.Normalize(raw), raw: raw.String(), at: raw.Start(), line: line, dup: dup}
	t.num, t.isNum = parseCellNumber(t.text.String())
	return t
}

// parseCellNumber parses a cell that is a number, also with its unit of
// money written after it ("75394432.52元", "12.5万元").
func parseCellNumber(s string) (float64, bool) {
	for _, unit := range []string{"万元", "元"} {
		if n, ok := strings.CutSuffix(s, unit); ok {
			s = n
			break
		}
	}
	return parseNumber(s)
}

// isGapSpace reports whether r alone makes a column gap.
func isGapSpace(r rune) bool { return r == '\t' || r == '\u3000' }

// fields returns the byte ranges of the runs of non-space runes of s.
func fields(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		switch {
		case layout.IsSpace(r) && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		case !layout.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// splitGaps splits a line of text at column gaps: runs of two or more
// spaces, or any tab or ideographic space. Words apart by one plain space
// stay together.
func splitGaps(t layout.Text) []layout.Text {
	s := t.String()
	var out []layout.Text
	fs := fields(s)
	for k := 0; k < len(fs); {
		start, end := fs[k][0], fs[k][1]
		for k++; k < len(fs); k++ {
			sep := s[end:fs[k][0]]
			if utf8.RuneCountInString(sep) > 1 || strings.ContainsFunc(sep, isGapSpace) {
				break
			}
			end = fs[k][1]
		}
		out = append(out, t.Slice(start, end))
	}
	return out
}

// words splits a segment at single spaces into numbers and runs of other
// words: "21 0 0" gives three tokens, "只计这一情 形，不" one.
func words(t layout.Text) []layout.Text {
	s := t.String()
	var out []layout.Text
	runStart, runEnd := -1, -1
	for _, w := range fields(s) {
		if _, ok := parseNumber(layout.FoldString(s[w[0]:w[1]])); ok {
			if runStart >= 0 {
				out = append(out, t.Slice(runStart, runEnd))
				runStart = -1
			}
			out = append(out, t.Slice(w[0], w[1]))
			continue
		}
		if runStart < 0 {
			runStart = w[0]
		}
		runEnd = w[1]
	}
	if runStart >= 0 {
		out = append(out, t.Slice(runStart, runEnd))
	}
	return out
}

// maxInvalidRunes bounds the text of a count cell that is not a number
// ("x", "不详", "未统计"): longer text is a label.
const maxInvalidRunes = 6

var groupLabelRe = regexp.MustCompile(`^(?:\([一二三四五六七八九十]\)|[一二三四五六七八九十][、.])|不予公开|无法提供|不予处理|其他处理|办理结果|申请人情况|法人或其他组织`)

// asInvalidValue reports whether a text token stands in a count cell's
// place: a whole cell of a known row, short, and no group label. Its value
// is null and its raw text says what was written.
func (t token) asInvalidValue() bool {
	s := t.text.String()
	return t.cell && !t.dup && !t.blank && !t.isNum && s != "" &&
		utf8.RuneCountInString(s) <= maxInvalidRunes && !groupLabelRe.MatchString(s)
}

// maxLabelRunes bounds a row label; longer text is narrative.
const maxLabelRunes = 60

// isLabelish reports whether a token may be a label (short, no sentence).
func (t token) isLabelish() bool {
	s := t.text.String()
	return !t.blank && !t.isNum && utf8.RuneCountInString(s) <= maxLabelRunes && !strings.Contains(s, "。")
}
