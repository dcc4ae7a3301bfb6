package parser

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/parser/vocab"
	"github.com/nianbao/nianbao/report"
)

// Recognize reads the report document out of extracted lines: title,
// issuer, years, sections, the three tables, contact details, the
// publication date and the narrative facts. It never fails: what it cannot
// read is absent from the document or recorded in its notes.
func Recognize(d *layout.Doc) *report.Document {
	r := &recognizer{d: d, doc: &report.Document{
		SchemaVersion:    report.SchemaVersion,
		Template:         report.TemplateUnknown,
		Sections:         []report.Section{},
		Facts:            []report.Fact{},
		Sentences:        []report.Sentence{},
		Notes:            append([]report.Note{}, d.Notes...),
		TemplateEvidence: []report.Evidence{},
	}}
	r.doc.Source.Format = d.Format
	r.doc.Source.Encoding = d.Encoding
	r.doc.Source.Lines = d.NumLines
	r.doc.Source.Pages = d.Pages
	r.doc.Source.Paragraphs = d.Paragraphs
	r.doc.Source.PageDate = d.PageDate
	r.prepare()
	r.findFurniture()
	r.findHeadings()
	r.dropLeadingNoise()
	r.findTitle()
	r.findTables()
	r.findTail()
	r.buildParagraphs()
	r.findIssuer()
	r.findPeriod()
	r.findContact()
	r.buildPreamble()
	r.buildSections()
	r.findFacts()
	r.decideYears()
	r.decideTemplate()
	r.findEnd()
	r.doc.Derive()
	return r.doc
}

// rline is one line prepared for recognition.
type rline struct {
	src  *layout.Line
	norm layout.Text // the whole line, normalised
	// role says what the line has been recognised as.
	role lineRole
	// section is the index into r.heads of the section the line is in, -1
	// before the first heading.
	section int
}

type lineRole uint8

const (
	roleText lineRole = iota
	roleBlank
	roleHeading
	roleTitle
	roleTable
	roleTail // publication date, signature, scraper noise after the end
)

type heading struct {
	line   int
	key    string
	number *int
	text   layout.Text // the heading as written, normalised
	title  string      // the heading without its number
	// template is the template's wording when the heading was read
	// through a typo.
	template string
}

// tightNumber reads a heading whose number runs into its title with no
// mark between them ("一总体情况"): only before a heading written exactly.
func tightNumber(s string) (int, string, bool) {
	numeral, size := utf8.DecodeRuneInString(s)
	n, ok := cnNumber(string(numeral))
	if !ok || n > 10 {
		return 0, "", false
	}
	if m, ok := vocab.HeadingPrefix(s[size:]); !ok || m.Typo != "" || m.Len != len(strings.TrimRight(s[size:], "。.:;")) {
		return 0, "", false
	}
	return n, s[size:], true
}

type recognizer struct {
	d     *layout.Doc
	doc   *report.Document
	lines []rline
	heads []heading
	// titleName is the body's name as the title gives it.
	titleName layout.Text
	// signature is the body's name under the report, if found.
	signature layout.Text
	paras     []paragraph
	// textYear is a reporting year named in the narrative ("现公布2024年度…报告").
	textYear *int
}

// Bounds of what the recogniser reads. A report has a few hundred lines
// (a long PDF a few thousand) and its longest line, a whole article run
// together, a few hundred KB; a file far past them is no report, and
// reading all of it would only make every later stage, and every policy,
// slow. What lies past a bound is not read, and a note says so.
const (
	// maxLines bounds the logical lines read (after run-together lines
	// are cut).
	maxLines = 100000
	// maxLineBytes bounds the text read of one line.
	maxLineBytes = 1 << 20
)

func (r *recognizer) prepare() {
	lines := r.boundLines(r.d.Lines)
	lines, whole := splitRunTogetherUpTo(lines, maxLines)
	if !whole {
		r.unreadable(r.endOf(lines), report.ReasonTooManyLines, maxLines, fmt.Sprintf("the text has more lines than any report: only its first %d were read", maxLines))
	}
	r.lines = make([]rline, len(lines))
	for i := range lines {
		l := &lines[i]
		rl := rline{src: l, section: -1}
		if l.Row {
			var cells []layout.Text
			for _, c := range l.Cells {
				if !c.Dup {
					cells = append(cells, c.Text)
				}
			}
			rl.norm = layout.Normalize(layout.Join(cells, " "))
		} else {
			rl.norm = layout.Normalize(l.Text)
		}
		if rl.norm.IsEmpty() || layout.IsPageNumber(rl.norm.String()) {
			rl.role = roleBlank
		}
		r.lines[i] = rl
	}
}

// boundLines returns lines within the bounds of a report: at most
// maxLines, a text line's first maxLineBytes and a row's first
// layout.MaxRowCells cells, with a note for each bound met. lines itself
// is never changed.
func (r *recognizer) boundLines(lines []layout.Line) []layout.Line {
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		r.unreadable(r.endOf(lines), report.ReasonTooManyLines, maxLines, fmt.Sprintf("the text has more lines than any report: only its first %d were read", maxLines))
	}
	copied := false
	for i := range lines {
		l := &lines[i]
		long := !l.Row && l.Text.Len() > maxLineBytes
		wide := l.Row && len(l.Cells) > layout.MaxRowCells
		if !long && !wide {
			continue
		}
		if !copied {
			lines, copied = slices.Clone(lines), true
			l = &lines[i]
		}
		if long {
			cut := maxLineBytes
			for cut > 0 && !utf8.RuneStart(l.Text.String()[cut]) {
				cut--
			}
			l.Text = l.Text.Slice(0, cut)
			r.unreadable(r.d.PointAfter(l.Text), report.ReasonLineTooLong, cut, fmt.Sprintf("a line is longer than any report's: only its first %d bytes were read", cut))
		}
		if wide {
			l.Cells = l.Cells[:layout.MaxRowCells:layout.MaxRowCells]
			r.unreadable(r.endOf(lines[i:i+1]), report.ReasonRowTooWide, layout.MaxRowCells, fmt.Sprintf("a row has more table cells than any report's: only its first %d were read", layout.MaxRowCells))
		}
	}
	return lines
}

// endOf is the point just after the last text of lines: of the last
// line, or cell, that has any.
func (r *recognizer) endOf(lines []layout.Line) report.Loc {
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		for k := len(l.Cells) - 1; k >= 0; k-- {
			if c := l.Cells[k]; !c.Text.IsEmpty() {
				return r.d.PointAfter(c.Text)
			}
		}
		if !l.Text.IsEmpty() {
			return r.d.PointAfter(l.Text)
		}
	}
	return report.Loc{}
}

// unreadable notes that the text from loc on was not read, for reason
// (with its count).
func (r *recognizer) unreadable(loc report.Loc, reason string, n int, msg string) {
	r.doc.Notes = append(r.doc.Notes, report.Note{Code: report.NoteUnreadable, Loc: loc, Reason: reason, Count: n, Message: msg})
}

func (r *recognizer) findHeadings() {
	seen := map[string]bool{}
	for i := range r.lines {
		l := &r.lines[i]
		if l.role != roleText || (l.src.Row && len(l.src.Cells) > 1) {
			continue
		}
		s := l.norm.String()
		if subsectionRe.MatchString(s) {
			continue
		}
		var number *int
		title := s
		if numeral, t, ok := vocab.Numbered(s); ok {
			if v, ok := cnNumber(numeral); ok {
				number = intPtr(v)
			} else if v, err := strconv.Atoi(numeral); err == nil && v >= 1 && v <= 10 {
				number = intPtr(v)
			}
			if number != nil {
				title = t
			}
		} else if n, t, ok := tightNumber(s); ok {
			number, title = intPtr(n), t
		}
		key := vocab.Section(title)
		template := ""
		if key == "" && number != nil {
			key, template = vocab.FuzzySection(title)
		}
		if key == "" || seen[key] {
			continue
		}
		// A heading without a number must be the bare heading itself.
		if number == nil && utf8.RuneCountInString(title) > 14 {
			continue
		}
		seen[key] = true
		l.role = roleHeading
		r.heads = append(r.heads, heading{line: i, key: key, number: number, text: l.norm, title: vocab.TrimHeading(title), template: template})
	}
	h := 0
	for i := range r.lines {
		for h < len(r.heads) && r.heads[h].line <= i {
			h++
		}
		r.lines[i].section = h - 1
	}
}

// sectionOf returns the key of the section line i is in, or "".
func (r *recognizer) sectionOf(i int) string {
	if s := r.lines[i].section; s >= 0 {
		return r.heads[s].key
	}
	return ""
}

// headingFor returns the index in r.heads of the section with key, or -1.
func (r *recognizer) headingFor(key string) int {
	for i, h := range r.heads {
		if h.key == key {
			return i
		}
	}
	return -1
}

// firstHeadingLine returns the line of the first section heading, or the
// number of lines when there is none.
func (r *recognizer) firstHeadingLine() int {
	if len(r.heads) == 0 {
		return len(r.lines)
	}
	return r.heads[0].line
}

var (
	yearRe = regexp.MustCompile(`((?:19|20)\d{2})年度?`)
	// textTitleRe finds the report's own name in a sentence when it has no
	// title line ("现公布2024年度前进区商务和经济合作局政府信息公开工作年度报告").
	textTitleRe = regexp.MustCompile(`((?:19|20)\d{2})年度?([\p{Han}()]{2,30}?)政府信息公开工作年度报告`)
)

// dropLeadingNoise marks the scraper's short noise lines before the first
// heading ("打印此页 关闭窗口", "扫一扫在手机打开当前页") so that they are
// neither title nor preamble.
func (r *recognizer) dropLeadingNoise() {
	for i := 0; i < r.firstHeadingLine(); i++ {
		l := &r.lines[i]
		if s := l.norm.String(); l.role == roleText && utf8.RuneCountInString(s) <= 40 && noiseRe.MatchString(s) && !strings.Contains(s, "信息公开") {
			l.role = roleTail
		}
	}
}

func (r *recognizer) findTitle() {
	end := r.firstHeadingLine()
	for i := 0; i < end; i++ {
		l := &r.lines[i]
		if l.role != roleText || l.src.Row {
			continue
		}
		s := l.norm.String()
		parts := []int{i}
		switch {
		case vocab.IsTitle(s):
		case strings.Contains(s, "信息公开") && i+1 < end && vocab.IsTitle(s+r.lines[i+1].norm.String()):
			parts = append(parts, i+1)
		default:
			continue
		}
		last := parts[len(parts)-1]
		text := r.joinNorm(parts)
		name, year := splitTitle(text.String())
		// A title wrapped after the body's name: "洪泽区人民政府" above
		// "2023 年政府信息公开工作年度报告".
		if name == "" {
			if p := r.prevTextLine(i); p >= 0 && looksLikeName(r.lines[p].norm.String()) {
				parts = append([]int{p}, parts...)
				text = r.joinNorm(parts)
				name, year = splitTitle(text.String())
			}
		}
		for _, k := range parts {
			r.lines[k].role = roleTitle
		}
		// Scrapers and page headers repeat the title line; the copies are
		// not narrative.
		for n := last + 1; n < end; n++ {
			if l := &r.lines[n]; l.role == roleText && vocab.TrimTitle(l.norm.String()) == vocab.TrimTitle(text.String()) {
				l.role = roleTitle
			}
		}
		r.doc.Title = &report.Title{Text: text.String(), Loc: r.d.LocOf(text)}
		r.doc.Years.Title = year
		// The name is a part of the title (splitTitle only cuts).
		if k := strings.Index(text.String(), name); name != "" && k >= 0 {
			r.titleName = text.Slice(k, k+len(name))
		}
		return
	}
}

// splitTitle returns the body's name and the year a title gives.
func splitTitle(s string) (string, *int) {
	s = vocab.TrimTitle(s)
	s = vocab.TitleWordsRe.ReplaceAllString(s, "")
	var year *int
	if m := yearRe.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		year = intPtr(y)
		before, after := s[:m[0]], s[m[1]:]
		if strings.TrimSpace(before) != "" {
			s = before
		} else {
			s = after
		}
	}
	s = strings.TrimSpace(s)
	for _, w := range []string{"关于报送", "关于印发", "关于公布", "关于发布", "关于"} {
		if t, ok := strings.CutSuffix(s, w); ok {
			s = t
			break
		}
	}
	s = strings.TrimSuffix(s, "的")
	return strings.TrimSpace(s), year
}

// looksLikeName reports whether a short line is a body's name.
func looksLikeName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 30 && !strings.ContainsAny(s, "。,;:()") && issuerKind(s) != report.KindUnknown
}

func (r *recognizer) joinNorm(idx []int) layout.Text {
	parts := make([]layout.Text, len(idx))
	for k, i := range idx {
		parts[k] = r.lines[i].norm
	}
	return layout.Join(parts, "")
}

// prevTextLine returns the nearest line before i that is not blank, or -1.
func (r *recognizer) prevTextLine(i int) int {
	for j := i - 1; j >= 0; j-- {
		if r.lines[j].role != roleBlank {
			return j
		}
	}
	return -1
}

var (
	dateRe   = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	isoDate  = regexp.MustCompile(`((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})`)
	cnDateRe = regexp.MustCompile(`([〇零○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`)
	noiseRe  = regexp.MustCompile(`上一篇|下一篇|扫一扫|打印|关闭|分享|收藏|返回顶部|【|相关链接|浏览次数|访问量|责任编辑|来源:|附件|字号|主办|承办|版权所有|网站标识|备案|联系我们`)
)

// findDate finds a date in s: "2025年1月19日", "2025-01-19" or
// "二〇二五年一月十九日". It returns the ISO date and the byte range.
func findDate(s string) (string, int, int, bool) {
	if m := dateRe.FindStringSubmatchIndex(s); m != nil {
		return isoOf(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]), m[0], m[1], true
	}
	if m := cnDateRe.FindStringSubmatchIndex(s); m != nil {
		return isoOf(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]), m[0], m[1], true
	}
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		return isoOf(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]), m[0], m[1], true
	}
	return "", 0, 0, false
}

// isoOf returns the date y-m-d (digits or Chinese numerals) as
// "2025-01-19", or "" when it is no date.
func isoOf(y, m, d string) string {
	yy, ok1 := cnDigitString(y)
	mm, ok2 := cnDigitString(m)
	dd, ok3 := cnDigitString(d)
	if !ok1 || !ok2 || !ok3 || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", yy, mm, dd)
}

// tailLines is how many non-blank lines from the end are searched for the
// date and signature.
const tailLines = 12

// findTail finds the publication date under the signature at the end, and
// the signature, skipping the noise scrapers leave after the article.
func (r *recognizer) findTail() {
	seen := 0
	start := 0
	if len(r.heads) > 0 {
		start = r.heads[len(r.heads)-1].line + 1
	}
	for i := len(r.lines) - 1; i >= start && seen < tailLines; i-- {
		l := &r.lines[i]
		if l.role == roleBlank {
			continue
		}
		if l.role != roleText {
			return
		}
		seen++
		s := l.norm.String()
		n := utf8.RuneCountInString(s)
		if n <= 40 && noiseRe.MatchString(s) || isOfficeJunk(s) {
			l.role = roleTail
			continue
		}
		date, a, b, ok := findDate(s)
		if !ok || date == "" || n > 40 || strings.Contains(s, "。") {
			if n > 40 {
				return
			}
			continue
		}
		l.role = roleTail
		r.doc.Published = &report.Published{Date: date, Loc: r.d.Loc(l.norm, a, b)}
		y, _ := strconv.Atoi(date[:4])
		r.doc.Years.Published = intPtr(y)
		// The signature: before the date on its line, or the line above.
		if name := strings.TrimSpace(s[:a]); looksLikeName(name) {
			r.signature = l.norm.Slice(0, len(name))
		} else if p := r.prevTextLine(i); p >= start && r.lines[p].role == roleText && looksLikeName(r.lines[p].norm.String()) {
			r.lines[p].role = roleTail
			r.signature = r.lines[p].norm
		}
		return
	}
}

// issuerKind classifies a body by its name.
func issuerKind(name string) string {
	switch {
	case hasSuffix(name, "乡人民政府", "镇人民政府", "街道办事处", "街道办", "街道", "乡政府", "镇政府", "苏木", "乡", "镇"):
		return report.KindTownship
	case hasSuffix(name, "人民政府", "管委会", "管理委员会", "行政公署", "政府"):
		return report.KindGovernment
	case hasSuffix(name, "办公室", "办公厅", "委员会", "局", "委", "办", "中心", "厅", "署", "院", "所", "站", "队", "处", "会", "社", "馆", "部", "公司", "集团"):
		return report.KindDepartment
	case hasSuffix(name, "自治县", "自治州", "自治旗", "县", "市", "区", "旗", "州", "盟", "实验区", "新区"):
		return report.KindGovernment
	}
	return report.KindUnknown
}

func hasSuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func (r *recognizer) findIssuer() {
	var is *report.Issuer
	switch {
	case !r.signature.IsEmpty():
		is = &report.Issuer{Name: r.signature.String(), Loc: r.d.LocOf(r.signature), From: "signature"}
		if n := r.titleName.String(); n != "" && n != is.Name {
			is.TitleName = n
		}
	case !r.titleName.IsEmpty():
		is = &report.Issuer{Name: r.titleName.String(), Loc: r.d.LocOf(r.titleName), From: "title"}
	default:
		for _, p := range r.paras {
			s := p.text.String()
			if m := textTitleRe.FindStringSubmatchIndex(s); m != nil {
				y, _ := strconv.Atoi(s[m[2]:m[3]])
				r.textYear = intPtr(y)
				is = &report.Issuer{Name: s[m[4]:m[5]], Loc: r.d.Loc(p.text, m[4], m[5]), From: "text"}
				break
			}
		}
	}
	if is != nil {
		is.Kind = issuerKind(is.Name)
		r.doc.Issuer = is
	}
}

// periodRe is a 统计期限: "2024年1月1日至2024年12月31日", also with the end's
// year left out ("2024年1月1日至12月31日").
var periodRe = regexp.MustCompile(`((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到|-|—|~|－|——)((?:19|20)\d{2}年)?(\d{1,2})月(\d{1,2})日`)

func (r *recognizer) findPeriod() {
	for _, p := range r.paras {
		s := p.text.String()
		m := periodRe.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		start := isoOf(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
		endYear := s[m[2]:m[3]]
		if m[8] >= 0 {
			endYear = strings.TrimSuffix(s[m[8]:m[9]], "年")
		}
		end := isoOf(endYear, s[m[10]:m[11]], s[m[12]:m[13]])
		if start == "" || end == "" {
			continue
		}
		r.doc.Period = &report.Period{Start: start, End: end, Loc: r.d.Loc(p.text, m[0], m[1])}
		y, _ := strconv.Atoi(end[:4])
		r.doc.Years.Period = intPtr(y)
		return
	}
}

func (r *recognizer) decideYears() {
	y := r.doc.Years
	switch {
	case y.Title != nil:
		r.doc.Year = intPtr(*y.Title)
	case y.Period != nil:
		r.doc.Year = intPtr(*y.Period)
	case r.textYear != nil:
		r.doc.Year = intPtr(*r.textYear)
	case y.Published != nil:
		r.doc.Year = intPtr(*y.Published - 1)
	}
}

// findEnd sets doc.End just after the last line of the text.
func (r *recognizer) findEnd() {
	if n := len(r.lines); n > 0 {
		if last := r.lines[n-1].src.Text; !last.IsEmpty() {
			r.doc.End = r.d.PointAfter(last)
		} else {
			r.doc.End = r.d.PointAt(r.d.NumLines)
		}
	}
}
