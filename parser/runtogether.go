package parser

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/parser/vocab"
)

// Crawlers and some pages store a whole article on one line: headings,
// paragraphs, tables and the signature run together
// ("…加以宣传。二、主动公开政府信息情况第二十条…"). splitRunTogether cuts
// such a line into the logical lines it was written as, so that every later
// stage reads it like any other report. The pieces are slices of the line,
// so every rune keeps its place in the source.

// minRunTogetherRunes is the length from which a line may be a whole
// article run together; shorter lines are left as they are.
const minRunTogetherRunes = 200

// splitRunTogether returns lines with each run-together line cut into
// logical lines. Other lines, and table rows, are returned as they are.
func splitRunTogether(lines []layout.Line) []layout.Line {
	out, _ := splitRunTogetherUpTo(lines, -1)
	return out
}

// splitRunTogetherUpTo is splitRunTogether giving at most limit lines (no
// limit when it is negative); it reports whether all were given.
func splitRunTogetherUpTo(lines []layout.Line, limit int) ([]layout.Line, bool) {
	if limit < 0 {
		limit = math.MaxInt
	}
	var out []layout.Line // nil until a line is cut: lines is given as it is
	for i := range lines {
		l := &lines[i]
		var cuts []int
		if !l.Row && len(l.Text.String()) >= minRunTogetherRunes && utf8.RuneCountInString(l.Text.String()) >= minRunTogetherRunes {
			cuts = runTogetherCuts(l.Text.String())
		}
		switch {
		case len(cuts) == 0 && out == nil:
			if i == limit {
				return lines[:limit], false
			}
			continue
		case len(cuts) == 0:
			if len(out) == limit {
				return out, false
			}
			out = append(out, *l)
			continue
		case out == nil:
			out = make([]layout.Line, i, min(limit, len(lines)+len(cuts)))
			copy(out, lines[:i])
		}
		for _, piece := range l.Text.Cut(cuts) {
			if piece.TrimSpace().IsEmpty() {
				continue
			}
			if len(out) == limit {
				return out, false
			}
			out = append(out, layout.Line{Text: piece})
		}
	}
	if out == nil {
		return lines, true
	}
	return out, true
}

// folded is a line folded for matching (ASCII punctuation, no white
// space), with the byte offset in the line of each of its runes.
type folded struct {
	s   string
	off []int // off[k]: offset in the line of the rune at byte k of s (only rune starts are set)
	// spaceBefore[k] is true when white space stood before the rune at k.
	spaceBefore []bool
	end         int // the line's length
}

func foldLine(line string) folded {
	var b strings.Builder
	b.Grow(len(line))
	f := folded{off: make([]int, 0, len(line)+1), spaceBefore: make([]bool, 0, len(line)+1), end: len(line)}
	space := false
	for i, r := range line {
		fr := layout.FoldRune(r)
		if fr < 0 {
			continue
		}
		if fr == ' ' {
			space = true
			continue
		}
		n := utf8.RuneLen(fr)
		for k := 0; k < n; k++ {
			f.off = append(f.off, i)
			f.spaceBefore = append(f.spaceBefore, space)
		}
		b.WriteRune(fr)
		space = false
	}
	f.s = b.String()
	f.off = append(f.off, len(line))
	f.spaceBefore = append(f.spaceBefore, space)
	return f
}

// lineOff returns the offset in the line of byte k of the folded text.
func (f folded) lineOff(k int) int {
	if k >= len(f.s) {
		return f.end
	}
	return f.off[k]
}

var (
	// officeJunkRe finds what Word leaves in a page's text after the
	// article: its style definitions ("Normal 0 7.8 磅 0 2 false …").
	officeJunkRe = regexp.MustCompile(`Normal ?\d+ ?[\d.]* ?磅|/\* ?Style ?Definitions ?\*/|mso-`)
	// tailDateRe is the date under the signature.
	tailDateRe = regexp.MustCompile(`(?:19|20)\d{2}年\d{1,2}月\d{1,2}日`)
)

// maxTailBytes is how far from a line's end the date under the signature
// is looked for (what Word leaves after it included).
const maxTailBytes = 6000

// cnNumerals are the numerals of section and subsection numbers.
const cnNumerals = "一二三四五六七八九十"

// numeralAt returns the ranges of the section numbers in s where a heading
// may start: a numeral and the mark after it, if any ("二、", "三.").
func numeralAt(s string) [][2]int {
	var out [][2]int
	for i, r := range s {
		if !strings.ContainsRune(cnNumerals, r) {
			continue
		}
		j := i + utf8.RuneLen(r)
		if c, n := utf8.DecodeRuneInString(s[j:]); strings.ContainsRune("、.,．", c) {
			j += n
		}
		out = append(out, [2]int{i, j})
	}
	return out
}

// subheadingsAt returns the ranges of the subsection numbers "(一)" in s.
func subheadingsAt(s string) [][2]int {
	var out [][2]int
	for i := strings.IndexByte(s, '('); i >= 0; {
		j := i + 1
		n := 0
		for n < 2 {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(cnNumerals, r) {
				break
			}
			j += size
			n++
		}
		if n > 0 && j < len(s) && s[j] == ')' {
			out = append(out, [2]int{i, j + 1})
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return out
}

// findOfficeJunk returns the range of the first of Word's style marks in
// s, or nil: found by its literal words first, the pattern checked there.
func findOfficeJunk(s string) []int {
	best := -1
	for _, w := range []string{"Normal", "/*", "mso-"} {
		for from := 0; from < len(s) && (best < 0 || from < best); {
			k := strings.Index(s[from:], w)
			if k < 0 {
				break
			}
			k += from
			if m := officeJunkRe.FindStringIndex(s[k:min(len(s), k+80)]); m != nil && m[0] == 0 {
				if best < 0 || k < best {
					best = k
				}
				break
			}
			from = k + len(w)
		}
	}
	if best < 0 {
		return nil
	}
	m := officeJunkRe.FindStringIndex(s[best:min(len(s), best+80)])
	return []int{best + m[0], best + m[1]}
}

// isOfficeJunk reports whether a line is what Word leaves in a page's
// text: its style definitions start within the line's first words.
func isOfficeJunk(s string) bool {
	return officeJunkRe.MatchString(vocab.FirstRunes(s, 60))
}

// headingCut is a section heading found in a line.
type headingCut struct {
	start, end int // in the folded text: the number's start, the title's end
	number     int
}

// runTogetherCuts returns where a run-together line is cut into logical
// lines (byte offsets in the line, increasing), or nil when the line holds
// no section heading after its start and so is no article run together.
func runTogetherCuts(line string) []int {
	f := foldLine(line)
	heads := lineHeadings(f.s)
	if len(heads) == 0 || len(heads) == 1 && heads[0].start == 0 {
		return nil
	}
	var cuts []int
	add := func(k int) {
		if k > 0 && k < len(f.s) {
			cuts = append(cuts, f.lineOff(k))
		}
	}
	for _, h := range heads {
		add(h.start)
		add(h.end)
	}
	// Subsection headings after a sentence, a heading or white space.
	for _, m := range subheadingsAt(f.s) {
		if m[0] == 0 {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(f.s[:m[0]])
		if strings.ContainsRune("。;:!?", prev) || f.spaceBefore[m[0]] || isHeadingEnd(heads, m[0]) {
			add(m[0])
		}
	}
	// Sentences: after 。！？ and the closing marks that follow them.
	for k, r := range f.s {
		if r != '。' && r != '!' && r != '?' {
			continue
		}
		e := k + utf8.RuneLen(r)
		for e < len(f.s) {
			c, n := utf8.DecodeRuneInString(f.s[e:])
			if !strings.ContainsRune(")”’\"'》", c) {
				break
			}
			e += n
		}
		add(e)
	}
	// What Word leaves in a page's text (its style definitions, up to
	// their closing brace), and the page furniture before the article:
	// before the first sentence, white space separates the breadcrumb,
	// the page's title, its date and share buttons.
	junk := junkBlocks(f.s)
	for _, b := range junk {
		add(b[0])
		add(b[1])
	}
	head := len(f.s)
	if k := strings.Index(f.s, "。"); k >= 0 {
		head = k
	}
	if len(heads) > 0 {
		head = min(head, heads[0].start)
	}
	b := 0
	for k := 1; k < head; k++ {
		for b < len(junk) && junk[b][1] <= k {
			b++
		}
		if f.spaceBefore[k] && (b == len(junk) || k <= junk[b][0]) {
			add(k)
		}
	}
	// The signature and its date, apart from the sentence before them.
	if k := signatureStart(f); k > 0 {
		add(k)
	}
	return sortedUnique(cuts)
}

// maxJunkBytes bounds how far a block of style definitions is followed
// to its closing brace.
const maxJunkBytes = 4000

// junkBlocks returns the folded ranges of what Word leaves in a page's
// text: from "Normal 0 7.8 磅" or "mso-" to the last closing brace that
// follows within maxJunkBytes (or to the match's end).
func junkBlocks(s string) [][2]int {
	var out [][2]int
	for from := 0; from < len(s); {
		m := findOfficeJunk(s[from:])
		if m == nil {
			break
		}
		start, end := from+m[0], from+m[1]
		limit := min(len(s), start+maxJunkBytes)
		if k := strings.LastIndexByte(s[end:limit], '}'); k >= 0 {
			end += k + 1
		}
		// Back over the ASCII words before the match ("Normal").
		for start > from && isASCIIWordByte(s[start-1]) {
			start--
		}
		out = append(out, [2]int{start, end})
		from = end
	}
	return out
}

func isASCIIWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '.'
}

// isHeadingEnd reports whether a heading's title ends at k.
func isHeadingEnd(heads []headingCut, k int) bool {
	for _, h := range heads {
		if h.end == k {
			return true
		}
	}
	return false
}

// lineHeadings finds the section headings in a folded line: a number and a
// heading's title ("二、主动公开政府信息情况"), in increasing order of their
// numbers (the longest such sequence, so that a stray match does not cut
// a sentence).
func lineHeadings(s string) []headingCut {
	var cands []headingCut
	for _, m := range numeralAt(s) {
		numeral, _ := utf8.DecodeRuneInString(s[m[0]:])
		n, ok := cnNumber(string(numeral))
		if !ok {
			continue
		}
		hm, ok := vocab.HeadingPrefix(s[m[1]:])
		if !ok {
			continue
		}
		// A number run into its title ("一总体情况") only for a title
		// written exactly.
		if m[1]-m[0] == utf8.RuneLen(numeral) && hm.Typo != "" {
			continue
		}
		cands = append(cands, headingCut{start: m[0], end: m[1] + hm.Len, number: n})
	}
	return increasingRun(cands)
}

// increasingRun returns a longest subsequence of cands (in line order)
// whose numbers increase. Numbers are small, so the best run ending in
// each number is kept: linear in the candidates.
func increasingRun(cands []headingCut) []headingCut {
	if len(cands) == 0 {
		return nil
	}
	const maxNumber = 10
	var bestLen [maxNumber + 1]int
	var bestAt [maxNumber + 1]int
	prev := make([]int, len(cands))
	end, endLen := -1, 0
	for i, c := range cands {
		n := min(max(c.number, 1), maxNumber)
		l, p := 1, -1
		for v := 1; v < n; v++ {
			if bestLen[v]+1 > l && cands[bestAt[v]].end <= c.start {
				l, p = bestLen[v]+1, bestAt[v]
			}
		}
		prev[i] = p
		if l > bestLen[n] {
			bestLen[n], bestAt[n] = l, i
		}
		if l > endLen {
			end, endLen = i, l
		}
	}
	out := make([]headingCut, endLen)
	for i, k := end, endLen-1; i >= 0 && k >= 0; i, k = prev[i], k-1 {
		out[k] = cands[i]
	}
	return out
}

// signatureStart returns where the signature under the report starts in a
// run-together line ending in "…。 平潭综合实验区财政金融局 2025年1月23日"
// (folded offset), or 0 when the line does not end so.
func signatureStart(f folded) int {
	// The date stands within the line's last words.
	from := max(0, len(f.s)-maxTailBytes)
	for from > 0 && !utf8.RuneStart(f.s[from]) {
		from--
	}
	ms := tailDateRe.FindAllStringIndex(f.s[from:], -1)
	if len(ms) == 0 {
		return 0
	}
	m := ms[len(ms)-1]
	m[0], m[1] = m[0]+from, m[1]+from
	// Only a date at the end, or before what Word leaves there.
	rest := f.s[m[1]:]
	if j := findOfficeJunk(rest); j != nil {
		rest = rest[:j[0]]
	}
	if utf8.RuneCountInString(rest) > 8 {
		return 0
	}
	// The name before the date: back to the sentence end or the white
	// space before it.
	k := m[0]
	if f.spaceBefore[k] {
		k = prevWordStart(f, k)
	} else {
		for k > 0 && !f.spaceBefore[k] {
			r, n := utf8.DecodeLastRuneInString(f.s[:k])
			if strings.ContainsRune("。;:!?,)", r) {
				break
			}
			k -= n
		}
	}
	if k >= m[0] || utf8.RuneCountInString(f.s[k:m[0]]) > 40 || !looksLikeName(f.s[k:m[0]]) {
		// A bare date under the report.
		return m[0]
	}
	return k
}

// prevWordStart returns the start of the word that ends just before the
// white space at k.
func prevWordStart(f folded, k int) int {
	j := k
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(f.s[:j])
		if strings.ContainsRune("。;:!?,)", r) {
			break
		}
		j -= n
		if f.spaceBefore[j] {
			break
		}
	}
	return j
}

func sortedUnique(xs []int) []int {
	if len(xs) == 0 {
		return nil
	}
	slices.Sort(xs)
	return slices.Compact(xs)
}
