package parser

import (
	"fmt"
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
	var first, last layout.Text
	text := r.newCapped("the preamble")
	for i := 0; i < r.firstHeadingLine(); i++ {
		if l := &r.lines[i]; l.role == roleText && !l.src.Row {
			if first.IsEmpty() {
				first = l.norm
			}
			last = l.norm
			text.add(l.norm)
		}
	}
	if first.IsEmpty() {
		return
	}
	r.doc.Preamble = &report.Preamble{Text: text.String(), Loc: r.d.LocSpan(first, last)}
}

// maxTextBytes bounds the text of the preamble, a section or a subsection
// that goes into the document: a report's longest section has a few
// thousand characters. Every policy reads these texts, so a file with far
// more (no report) would make them all slow.
const maxTextBytes = 64 << 10

// maxSubsections bounds the subsections of a section: a report's have up
// to ten or so.
const maxSubsections = 100

// capped joins lines of text with "\n", up to maxTextBytes; past them it
// notes, once, where the text it gives stops.
type capped struct {
	r     *recognizer
	what  string
	parts []string
	n     int
	full  bool
}

func (r *recognizer) newCapped(what string) *capped { return &capped{r: r, what: what} }

func (c *capped) add(t layout.Text) {
	if c.full {
		return
	}
	s := t.String()
	if c.n > 0 {
		c.n++ // the line break
	}
	if room := maxTextBytes - c.n; len(s) > room {
		c.full = true
		cut := max(room, 0)
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut > 0 {
			c.parts = append(c.parts, s[:cut])
		}
		c.r.unreadable(c.r.d.Loc(t, cut, cut), report.ReasonTextTooLong, maxTextBytes, fmt.Sprintf("%s is longer than any report's: only its first %d bytes are in the document", c.what, maxTextBytes))
		return
	}
	c.parts = append(c.parts, s)
	c.n += len(s)
}

func (c *capped) String() string { return strings.Join(c.parts, "\n") }

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
		name := fmt.Sprintf("section %s", hd.key)
		texts := r.newCapped(name)
		var sub *report.Subsection
		var subTexts *capped
		subsFull := false
		flushSub := func() {
			if sub != nil {
				sub.Text = subTexts.String()
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
			texts.add(l.norm)
			if subsFull {
				continue
			}
			if m := subsectionRe.FindStringSubmatchIndex(s); m != nil {
				flushSub()
				if len(sec.Subsections) == maxSubsections {
					subsFull = true
					r.unreadable(r.d.Loc(l.norm, 0, 0), report.ReasonTooManyParts, maxSubsections, fmt.Sprintf("%s has more subsections than any report's: only its first %d are in the document", name, maxSubsections))
					continue
				}
				head, rest := splitSubheading(l.norm.Slice(m[4], m[5]))
				sub = &report.Subsection{Heading: head.String(), Loc: r.d.Loc(l.norm, 0, m[4])}
				if !head.IsEmpty() {
					sub.Loc = r.d.LocSpan(l.norm, head)
				}
				if v, ok := cnNumber(s[m[2]:m[3]]); ok {
					sub.Number = intPtr(v)
				}
				subTexts = r.newCapped(fmt.Sprintf("subsection %d of %s", len(sec.Subsections)+1, name))
				if rest != "" {
					subTexts.add(l.norm.Slice(len(s)-len(rest), len(s)))
				}
				continue
			}
			if sub != nil {
				subTexts.add(l.norm)
			}
		}
		flushSub()
		sec.Text = texts.String()
		// lastLine is the heading or a line that is not blank: its
		// normalised text is not empty.
		sec.End = r.d.PointAfter(r.lines[lastLine].norm)
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
