package parser

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/parser/vocab"
	"github.com/nianbao/nianbao/report"
)

var subsectionRe = regexp.MustCompile(`^\(([一二三四五六七八九十]{1,2})\)\s*(.*)$`)

// maxSubheadingRunes bounds a subsection heading taken from the start of a
// paragraph ("(一)主动公开情况。2024年…").
const maxSubheadingRunes = 30

// buildPreamble fills doc.Preamble with the narrative lines before the
// first heading.
func (r *recognizer) buildPreamble() {
	var texts []layout.Text
	for i := 0; i < r.firstHeadingLine(); i++ {
		if l := &r.lines[i]; l.role == roleText && !l.src.Row {
			texts = append(texts, l.norm)
		}
	}
	if len(texts) == 0 {
		return
	}
	strs := make([]string, len(texts))
	for i, t := range texts {
		strs[i] = t.String()
	}
	r.doc.Preamble = &report.Preamble{Text: strings.Join(strs, "\n"), Loc: r.d.LocSpan(texts[0], texts[len(texts)-1])}
}

// buildSections fills doc.Sections from the headings, with each section's
// narrative text and subsections.
func (r *recognizer) buildSections() {
	for h, hd := range r.heads {
		end := len(r.lines)
		if h+1 < len(r.heads) {
			end = r.heads[h+1].line
		}
		sec := report.Section{
			Key:             hd.key,
			Number:          hd.number,
			Heading:         hd.title,
			Loc:             r.d.LocOf(hd.text),
			Subsections:     []report.Subsection{},
			TemplateHeading: hd.template,
		}
		var texts []string
		var sub *report.Subsection
		var subTexts []string
		flushSub := func() {
			if sub != nil {
				sub.Text = strings.Join(subTexts, "\n")
				sec.Subsections = append(sec.Subsections, *sub)
				sub, subTexts = nil, nil
			}
		}
		lastLine := hd.line
		for i := hd.line + 1; i < end; i++ {
			l := &r.lines[i]
			if l.role == roleBlank {
				continue
			}
			lastLine = i
			if l.role != roleText || l.src.Row {
				continue
			}
			s := l.norm.String()
			texts = append(texts, s)
			if m := subsectionRe.FindStringSubmatchIndex(s); m != nil {
				flushSub()
				head, rest := splitSubheading(l.norm.Slice(m[4], m[5]))
				sub = &report.Subsection{Heading: head.String(), Loc: r.d.Loc(l.norm, 0, m[4])}
				if !head.IsEmpty() {
					sub.Loc = r.d.LocSpan(l.norm, head)
				}
				if v, ok := cnNumber(s[m[2]:m[3]]); ok {
					sub.Number = intPtr(v)
				}
				if rest != "" {
					subTexts = append(subTexts, rest)
				}
				continue
			}
			if sub != nil {
				subTexts = append(subTexts, s)
			}
		}
		flushSub()
		sec.Text = strings.Join(texts, "\n")
		// lastLine is the heading or a line that is not blank: its
		// normalised text is not empty.
		sec.End = pointAfter(r.lines[lastLine].norm)
		r.doc.Sections = append(r.doc.Sections, sec)
	}
}

// splitSubheading splits the text after "(一)" into the subsection's
// heading and the rest of the line. A heading run into its text with no
// mark between them ("(一)主动公开政府信息的情况全面贯彻落实…", as
// one-line text has it) ends after its 情况.
func splitSubheading(t layout.Text) (layout.Text, string) {
	s := t.String()
	cut := -1
	for i, r := range s {
		if r == '。' || r == ':' || r == ';' {
			cut = i
			break
		}
	}
	if cut < 0 && utf8.RuneCountInString(s) <= maxSubheadingRunes {
		return t, ""
	}
	if cut < 0 || utf8.RuneCountInString(s[:cut]) > maxSubheadingRunes {
		if i := strings.Index(vocab.FirstRunes(s, maxSubheadingRunes), "情况"); i > 0 {
			end := i + len("情况")
			return t.Slice(0, end), strings.TrimSpace(s[end:])
		}
	}
	if cut < 0 {
		i := strings.IndexAny(s, ",")
		if i <= 0 {
			return layout.Text{}, s
		}
		cut = i
	}
	if utf8.RuneCountInString(s[:cut]) > maxSubheadingRunes {
		return layout.Text{}, s
	}
	_, size := utf8.DecodeRuneInString(s[cut:])
	return t.Slice(0, cut), strings.TrimSpace(s[cut+size:])
}
