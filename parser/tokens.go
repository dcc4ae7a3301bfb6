package parser

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
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
			for _, seg := range tableWords(gap) {
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

// ---- text run together ----
//
// Scraped tables often arrive with their labels and cells run together
// ("…申请数量20 0 0 0 02二、上年结转…", "现行有效件数规章000"). tableWords
// cuts such text at the boundaries between labels and numbers, before a
// sub-item's number ("002.其他法律…" → "00", "2.其他法律…"), before a
// numbered label ("00二、上年结转"), and between the template's own words
// when a run of labels consists of nothing else ("现行有效件数规章" → a
// column and a row). Every piece is a slice of the text, so it keeps its
// place in the source.

// tableWords splits a segment of a table region into tokens: as words
// does, and text run together cut apart. Narrative (a sentence, a number
// with a unit such as 条 or 年) is left to words.
func tableWords(t layout.Text) []layout.Text {
	s := t.String()
	if isNarrative(s) {
		return words(t)
	}
	var atoms []runAtom
	for _, f := range fields(s) {
		if _, ok := parseNumber(layout.FoldString(s[f[0]:f[1]])); ok {
			atoms = append(atoms, runAtom{f[0], f[1], true, false})
			continue
		}
		atoms = append(atoms, fieldAtoms(s, f[0], f[1])...)
	}
	var out []layout.Text
	for k := 0; k < len(atoms); {
		a := atoms[k]
		if a.num {
			out = append(out, t.Slice(a.start, a.end))
			k++
			continue
		}
		// A run of labels: fields of text apart by single spaces, up to a
		// number or a sub-item's label.
		end := a.end
		for k++; k < len(atoms) && !atoms[k].num && !atoms[k].item; k++ {
			end = atoms[k].end
		}
		for _, p := range labelPieces(s[a.start:end]) {
			if piece := t.Slice(a.start+p[0], a.start+p[1]).TrimSpace(); !piece.IsEmpty() {
				out = append(out, piece)
			}
		}
	}
	return out
}

// runAtom is a number or a piece of label text of a segment: bytes
// [start, end); item is true for a label that starts with a sub-item's
// number ("2.其他法律…").
type runAtom struct {
	start, end int
	num, item  bool
}

// narrativeRe finds what only narrative holds: the end of a sentence, or a
// number followed by a unit other than money.
var narrativeRe = regexp.MustCompile(`[。!?;！？；]|[0-9０-９][年月日条件个篇次期人份项余多家名天%％‰]|[0-9０-９]万[^元]`)

func isNarrative(s string) bool { return narrativeRe.MatchString(s) }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// fieldAtoms cuts a field (bytes [from, to) of s, no white space in it)
// into numbers and label text.
func fieldAtoms(s string, from, to int) []runAtom {
	type fr struct {
		r   rune
		off int
	}
	var rs []fr
	for i, r := range s[from:to] {
		if f := layout.FoldRune(r); f >= 0 {
			rs = append(rs, fr{f, from + i})
		}
	}
	offAt := func(k int) int {
		if k >= len(rs) {
			return to
		}
		return rs[k].off
	}
	var out []runAtom
	label, item := -1, false // start (rune index) of the label being read
	flush := func(k int) {
		if label >= 0 && k > label {
			out = append(out, runAtom{offAt(label), offAt(k), false, item})
		}
		label, item = -1, false
	}
	for k := 0; k < len(rs); {
		if !isDigit(rs[k].r) {
			if label < 0 {
				label = k
			}
			k++
			continue
		}
		j := k
		for j < len(rs) && isDigit(rs[j].r) {
			j++
		}
		decimal := false
		if j+1 < len(rs) && rs[j].r == '.' && isDigit(rs[j+1].r) {
			decimal = true
			for j++; j < len(rs) && isDigit(rs[j].r); j++ {
			}
		}
		// A sub-item's number: one digit, then "." or "、" and Han text.
		if !decimal && j+1 < len(rs) && (rs[j].r == '.' || rs[j].r == '、') && isHan(rs[j+1].r) && rs[j-1].r >= '1' && rs[j-1].r <= '9' {
			flush(k)
			if j-1 > k {
				out = append(out, runAtom{offAt(k), offAt(j - 1), true, false})
			}
			label, item = j-1, true
			k = j + 1
			continue
		}
		flush(k)
		// The unit of money stays with its number.
		if j < len(rs) && rs[j].r == '元' {
			j++
		} else if j+1 < len(rs) && rs[j].r == '万' && rs[j+1].r == '元' {
			j += 2
		}
		out = append(out, runAtom{offAt(k), offAt(j), true, false})
		k = j
	}
	flush(len(rs))
	return out
}

var (
	// numberedLabelRe finds where a numbered label starts in folded text:
	// "二、", "(三)" (not the "(一)" of "第二十条第(一)项"), "第二十条".
	numberedLabelRe = regexp.MustCompile(`[一二三四五六七八九十][、.]|\([一二三四五六七八九十]\)|第二十条`)
	// itemEndRe finds the end of a table 二 item heading.
	itemEndRe = regexp.MustCompile(`第二十条第?\([一二三四五六七八九十]{1,2}\)项`)
	// unitSuffixRe is a unit in brackets after a header word: "(单位:万元)".
	unitSuffixRe = regexp.MustCompile(`^\([^()]{1,10}\)`)
)

// templateWords are the header and row labels of the tables, folded: a
// run of labels made of nothing else is cut between them.
var templateWords = []string{
	// table 二
	"信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
	"规章", "行政规范性文件", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费",
	"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
	"其他对外管理服务事项", "采购项目数量", "采购总金额", "政府集中采购",
	// table 三
	"申请人情况", "自然人", "法人或其他组织", "总计", "小计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
	// table 四
	"行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉",
	// 信息处理费
	"通知收取件数", "通知收取金额", "实际收取金额", "信息处理费收取情况",
}

// labelPieces returns the byte ranges of the labels a run of label text
// (apart by single spaces) holds.
func labelPieces(s string) [][2]int {
	// The run folded, without its spaces, and where each byte came from.
	var b strings.Builder
	var from []int
	for i, r := range s {
		f := layout.FoldRune(r)
		if f < 0 || f == ' ' {
			continue
		}
		for range utf8.RuneLen(f) {
			from = append(from, i)
		}
		b.WriteRune(f)
	}
	folded := b.String()
	from = append(from, len(s))
	var cuts []int
	for _, m := range numberedLabelRe.FindAllStringIndex(folded, -1) {
		if strings.HasSuffix(folded[:m[0]], "第") {
			continue
		}
		cuts = append(cuts, m[0])
	}
	for _, m := range itemEndRe.FindAllStringIndex(folded, -1) {
		cuts = append(cuts, m[1])
	}
	cuts = append(cuts, 0, len(folded))
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var all []int
	for k := 0; k+1 < len(cuts); k++ {
		from, seg := cuts[k], folded[cuts[k]:cuts[k+1]]
		all = append(all, from)
		cover := wordCover(seg)
		// A remark in brackets before the header words ("(有关情况附表)行政复议…")
		// is a piece of its own.
		if m := unitSuffixRe.FindStringIndex(seg); cover == nil && m != nil && m[1] < len(seg) {
			if rest := wordCover(seg[m[1]:]); rest != nil {
				cover = append([]int{m[1]}, rest...)
				for i := 1; i < len(cover); i++ {
					cover[i] += m[1]
				}
			}
		}
		for _, c := range cover {
			all = append(all, from+c)
		}
	}
	all = append(all, len(folded))
	var out [][2]int
	for k := 0; k+1 < len(all); k++ {
		if all[k] < all[k+1] {
			out = append(out, [2]int{from[all[k]], from[all[k+1]]})
		}
	}
	return out
}

// wordCover returns where s is cut into template words when it consists of
// two or more of them and nothing else (each may carry a unit in brackets),
// with as few words as may be; nil otherwise.
func wordCover(s string) []int {
	const none = 1 << 30
	best := make([]int, len(s)+1) // fewest words covering s[:i]
	prev := make([]int, len(s)+1)
	for i := range best {
		best[i] = none
	}
	best[0] = 0
	for i := 0; i < len(s); i++ {
		if best[i] == none {
			continue
		}
		for _, w := range templateWords {
			if !strings.HasPrefix(s[i:], w) {
				continue
			}
			j := i + len(w)
			if m := unitSuffixRe.FindStringIndex(s[j:]); m != nil {
				j += m[1]
			}
			if best[i]+1 < best[j] {
				best[j], prev[j] = best[i]+1, i
			}
		}
	}
	if best[len(s)] == none || best[len(s)] < 2 {
		return nil
	}
	var cuts []int
	for i := prev[len(s)]; i > 0; i = prev[i] {
		cuts = append(cuts, i)
	}
	slices.Reverse(cuts)
	return cuts
}
