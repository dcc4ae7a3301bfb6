package htmldoc

import (
	"fmt"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/parser/vocab"
	"github.com/nianbao/nianbao/report"
)

// Anchors are what shows that a part of the page holds the report: its
// six section headings (bits 0–5) and the labels of its three tables.
const (
	anchorTableActive = 6 + iota // 第二十条
	anchorTableApplications
	anchorTableReview
)

// minAnchors is how many different anchors make a report.
const minAnchors = 2

var (
	// noiseRe matches the widgets around an article.
	noiseRe = regexp.MustCompile(`上一篇|下一篇|扫一扫|打印本页|打印此页|打印文章|打印正文|关闭窗口|关闭本页|\[打印\]|\[关闭\]|【打印】|【关闭】|分享到|字号|字体[:：]|返回顶部|收藏本页|浏览次数|访问次数|阅读次数|责任编辑`)
	// pageDateRe finds the date a page gives its article ("发布时间：2020-01-20").
	// It reads the text as written: full-width colons, NBSP.
	pageDateRe = regexp.MustCompile(`(发布|印发|成文|公开|生成|更新)?` + sp + `(?:时间|日期)` + sp + `[:：]?` + sp +
		`(?:19|20)\d{2}` + sp + `(?:[-./]|年)` + sp + `\d{1,2}` + sp + `(?:[-./]|月)` + sp + `\d{1,2}(?:` + sp + `日)?`)
)

// sp matches any white space in text as written.
const sp = `[\s\x{a0}\x{3000}]*`

// maxShortLine bounds, in bytes, the lines read as headings, titles,
// dates or widgets: longer lines are text.
const maxShortLine = 1024

// shortNorm returns a short line's text normalised for matching (a row's
// cells that are not copies, joined), or "" for a long line.
func shortNorm(l *layout.Line) string {
	if !l.Row {
		if l.Text.Len() > maxShortLine {
			return ""
		}
		return layout.Normalize(l.Text).String()
	}
	var cells []layout.Text
	n := 0
	for _, c := range l.Cells {
		if !c.Dup {
			cells = append(cells, c.Text)
			n += c.Text.Len() + 1
		}
	}
	if n > maxShortLine {
		return ""
	}
	return layout.Normalize(layout.Join(cells, " ")).String()
}

// sectionOf returns the section (0–5) a normalised numbered heading line
// names, or -1.
func sectionOf(s string) int {
	_, title, ok := vocab.Numbered(s)
	if !ok {
		return -1
	}
	return slices.Index(report.SectionKeys, vocab.Section(title))
}

// anchorsOf returns the anchors a line holds, as bits.
func anchorsOf(l *layout.Line) uint16 {
	norm := shortNorm(l)
	if utf8.RuneCountInString(norm) > 60 {
		return 0
	}
	var a uint16
	if !l.Row || filled(l) <= 1 {
		if k := sectionOf(norm); k >= 0 {
			a |= 1 << k
		}
	}
	key := strings.ReplaceAll(norm, " ", "")
	switch {
	case strings.Contains(key, "第二十条"):
		a |= 1 << anchorTableActive
	case strings.Contains(key, "本年新收"):
		a |= 1 << anchorTableApplications
	case strings.Contains(key, "结果维持"):
		a |= 1 << anchorTableReview
	}
	return a
}

// filled counts the cells of a row that are not blank.
func filled(l *layout.Line) int {
	n := 0
	for _, c := range l.Cells {
		if !c.Text.IsEmpty() {
			n++
		}
	}
	return n
}

// article returns the element that holds the report: of the elements with
// the most anchors in them, the one with the least text. ok is false when
// no element holds enough anchors to be a report.
func (t *tree) article(page []outLine) (int32, bool) {
	for k := range page {
		a := anchorsOf(&page[k].Line)
		for n := page[k].origin; a != 0 && n >= 0; n = t.nodes[n].parent {
			if t.nodes[n].anchors&a == a {
				break // and so have its ancestors
			}
			t.nodes[n].anchors |= a
		}
	}
	best, most := int32(-1), 0
	for i := range t.nodes {
		n := &t.nodes[i]
		if n.kind != elementNode || n.anchors == 0 {
			continue
		}
		c := bits.OnesCount16(n.anchors)
		if c > most || c == most && n.textLen < t.nodes[best].textLen {
			best, most = int32(i), c
		}
	}
	if most < minAnchors {
		return 0, false
	}
	return best, true
}

// trimNoise drops the widgets ("打印本页", "上一篇") before and after the
// article's text.
func trimNoise(lines []outLine) []outLine {
	isNoise := func(l *outLine) bool {
		s := shortNorm(&l.Line)
		return utf8.RuneCountInString(s) <= 40 && noiseRe.MatchString(s)
	}
	for len(lines) > 0 && isNoise(&lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && isNoise(&lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// titleLike reports whether a normalised line reads like the report's title.
func titleLike(s string) bool { return vocab.IsTitle(strings.ReplaceAll(s, " ", "")) }

// titleWindow is how many lines at the start of the article may hold the
// title.
const titleWindow = 8

// articleTitle finds the title among the first lines of the article and
// puts it first. A title set over two or three lines ("平潭综合实验区2019年"
// above "政府信息公开工作年度报告") is joined into one line.
func articleTitle(lines []outLine) ([]outLine, bool) {
	limit := min(len(lines), titleWindow)
	norms := make([]string, limit)
	for i := 0; i < limit; i++ {
		if lines[i].Row {
			limit = i
			break
		}
		norms[i] = shortNorm(&lines[i].Line)
		if sectionOf(norms[i]) >= 0 {
			limit = i
			break
		}
	}
	for i := 0; i < limit; i++ {
		if !titleLike(norms[i]) {
			continue
		}
		// Join the lines above that carry the body's name or the year.
		j := i
		for j > 0 && i-j < 2 && titleIncomplete(strings.Join(norms[j:i+1], "")) && titlePart(norms[j-1]) {
			j--
		}
		parts := make([]layout.Text, 0, i-j+1)
		for _, l := range lines[j : i+1] {
			parts = append(parts, l.Text)
		}
		title := outLine{Line: layout.Line{Text: layout.Join(parts, "")}, origin: lines[j].origin}
		// The title leads; lines above it (the page's 来源, 索引号) follow.
		out := make([]outLine, 0, len(lines)-(i-j))
		out = append(append(append(out, title), lines[:j]...), lines[i+1:]...)
		return out, true
	}
	return lines, false
}

var (
	titleWordsRe = regexp.MustCompile(`(?:关于)?(?:的)?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$`)
	titleYearRe  = regexp.MustCompile(`(?:19|20)\d{2}年度?`)
)

// titleIncomplete reports whether a title line lacks the body's name or
// the year.
func titleIncomplete(s string) bool {
	s = titleWordsRe.ReplaceAllString(strings.ReplaceAll(s, " ", ""), "")
	year := titleYearRe.MatchString(s)
	name := strings.Trim(titleYearRe.ReplaceAllString(s, ""), "《》\"“”'‘’")
	return !year || name == ""
}

// titlePart reports whether a line may be the first part of a title set
// over several lines: short, no sentence, no label.
func titlePart(s string) bool {
	return s != "" && utf8.RuneCountInString(s) <= 30 && !strings.ContainsAny(s, "。:;,") && !titleLike(s)
}

// pageTitle returns the title the page gives the article when the article
// has none: the nearest title line before it (an <h1>, a title <div>; not
// a link or list item, as lists of other reports are), else the page's
// <title> cut at "_".
func (t *tree) pageTitle(page []outLine, art int32) (outLine, bool) {
	for k := len(page) - 1; k >= 0; k-- {
		l := &page[k]
		if l.origin >= art || l.Row || t.inList(l.origin) {
			continue
		}
		if titleLike(shortNorm(&l.Line)) {
			return *l, true
		}
	}
	if t.title < 0 {
		return outLine{}, false
	}
	text := t.inlineText(t.title)
	s := text.String()
	for _, sep := range []string{"_", "|", "｜", " - "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	text = text.Slice(0, len(s)).TrimSpace()
	if text.Len() > maxShortLine {
		return outLine{}, false
	}
	if n := layout.Normalize(text).String(); text.IsEmpty() || !strings.Contains(n, "信息公开") && !strings.Contains(n, "报告") && !strings.Contains(n, "年报") {
		return outLine{}, false
	}
	return outLine{Line: layout.Line{Text: text}, origin: t.title}, true
}

// inList reports whether node i is inside a link, a list item or the
// page's chrome.
func (t *tree) inList(i int32) bool {
	for ; i >= 0; i = t.nodes[i].parent {
		n := &t.nodes[i]
		if n.tag == "a" || n.tag == "li" || n.flags&flagChrome != 0 {
			return true
		}
	}
	return false
}

// maxDateLine bounds a line that gives the page's date.
const maxDateLine = 60

// dateLine returns the label and date of a line giving the date of the
// page ("发布时间：2020-01-20 15:22"): a 发布 date before any other.
func dateLine(l *outLine) (outLine, bool) {
	s := l.Text.String()
	if utf8.RuneCountInString(s) > maxDateLine || strings.ContainsAny(s, "。至") {
		return outLine{}, false
	}
	ms := pageDateRe.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return outLine{}, false
	}
	m := ms[0]
	for _, x := range ms {
		if x[2] >= 0 && s[x[2]:x[3]] == "发布" {
			m = x
			break
		}
	}
	return outLine{Line: layout.Line{Text: l.Text.Slice(m[0], m[1]).TrimSpace()}, origin: l.origin}, true
}

// pageDate finds the date the page gives the article (its 发布时间): a
// date line at the top of the article (taken out of it: it is the page's,
// not the report's), else the nearest one before the article, else after
// it. The date is kept apart from the report's own, never read as the
// date under its signature.
func (t *tree) pageDate(lines, page []outLine, art int32) ([]outLine, outLine, bool) {
	for k := range lines {
		if !lines[k].Row && sectionOf(shortNorm(&lines[k].Line)) >= 0 {
			break
		}
		if l, ok := dateLine(&lines[k]); ok {
			return append(append([]outLine{}, lines[:k]...), lines[k+1:]...), l, true
		}
	}
	end := t.nodes[art].end
	for k := len(page) - 1; k >= 0; k-- {
		if page[k].origin < art {
			if l, ok := dateLine(&page[k]); ok {
				return lines, l, true
			}
		}
	}
	for k := range page {
		if page[k].origin > end {
			if l, ok := dateLine(&page[k]); ok {
				return lines, l, true
			}
		}
	}
	return lines, outLine{}, false
}

// ymdRe reads the year, month and day of a page date.
var ymdRe = regexp.MustCompile(`((?:19|20)\d{2})\D+(\d{1,2})\D+(\d{1,2})`)

// isoDate gives a page date line's date as YYYY-MM-DD, with the offsets of
// the date in the line.
func isoDate(s string) (string, int, int, bool) {
	m := ymdRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0, 0, false
	}
	y, _ := strconv.Atoi(s[m[2]:m[3]])
	mo, _ := strconv.Atoi(s[m[4]:m[5]])
	d, _ := strconv.Atoi(s[m[6]:m[7]])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return "", 0, 0, false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), m[0], m[1], true
}
