package parser

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// paragraph is narrative text: one line, or several when the source wraps
// lines at a fixed width (PDF text, text copied from a PDF).
type paragraph struct {
	first int         // index of its first line
	text  layout.Text // normalised, lines joined
}

// buildParagraphs groups the narrative lines (not headings, tables, title
// or tail) into paragraphs.
func (r *recognizer) buildParagraphs() {
	wrap := r.wrapWidth()
	var cur []int
	flush := func() {
		if len(cur) == 0 {
			return
		}
		r.paras = append(r.paras, paragraph{first: cur[0], text: r.joinNorm(cur)})
		cur = cur[:0]
	}
	for i := range r.lines {
		l := &r.lines[i]
		if l.role != roleText || l.src.Row {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := &r.lines[cur[len(cur)-1]]
			if wrap == 0 || !softBreak(prev, l, wrap) || prev.section != l.section {
				flush()
			}
		}
		cur = append(cur, i)
	}
	flush()
}

// wrapWidth returns the display width at which the text's lines wrap, or 0
// when its lines are not wrapped at a fixed width (one paragraph a line).
func (r *recognizer) wrapWidth() int {
	var widths []int
	for i := range r.lines {
		l := &r.lines[i]
		if l.role == roleText && !l.src.Row {
			widths = append(widths, layout.DisplayWidth(strings.TrimRightFunc(l.src.Text.String(), layout.IsSpace)))
		}
	}
	if len(widths) < 10 {
		return 0
	}
	sort.Ints(widths)
	w := widths[len(widths)*9/10]
	if w > 200 {
		return 0
	}
	return w
}

// softBreak reports whether the break between prev and next is a wrap
// inside a paragraph rather than its end.
func softBreak(prev, next *rline, wrap int) bool {
	w := layout.DisplayWidth(strings.TrimRightFunc(prev.src.Text.String(), layout.IsSpace))
	if w*100 < wrap*85 {
		return false
	}
	s := prev.norm.String()
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("。!?:;", last) {
		return false
	}
	ns := next.norm.String()
	return !subsectionRe.MatchString(ns)
}

// splitSentences cuts a paragraph into sentences, each ending with 。！？
// or the paragraph's end.
func splitSentences(p layout.Text) []layout.Text {
	var out []layout.Text
	s := p.String()
	start := 0
	for i, r := range s {
		if r == '。' || r == '!' || r == '?' {
			end := i + utf8.RuneLen(r)
			if t := p.Slice(start, end).TrimSpace(); !t.IsEmpty() {
				out = append(out, t)
			}
			start = end
		}
	}
	if t := p.Slice(start, len(s)).TrimSpace(); !t.IsEmpty() {
		out = append(out, t)
	}
	return out
}

// maxSentences bounds the sentences read: a report has a few hundred; a
// file with far more is no report, and reading it all would only make its
// document huge for every policy.
const maxSentences = 10000

var factRe = regexp.MustCompile(`(\d+(?:,\d{3})*(?:\.\d+)?)(?:余|多)?(万元|人次|条|件|个|篇|次|期|份|元|%)`)

// findFacts lists every sentence of the narrative, and every number with a
// unit in it.
func (r *recognizer) findFacts() {
	for _, p := range r.paras {
		sec := r.sectionOf(p.first)
		for _, st := range splitSentences(p.text) {
			if len(r.doc.Sentences) == maxSentences {
				r.doc.Notes = append(r.doc.Notes, report.Note{Code: report.NoteUnreadable, Loc: r.d.LocOf(st), Reason: report.ReasonTooManySentences, Count: maxSentences,
					Message: fmt.Sprintf("the narrative is too long for a report: only its first %d sentences were read", maxSentences)})
				return
			}
			s := st.String()
			loc := r.d.LocOf(st)
			r.doc.Sentences = append(r.doc.Sentences, report.Sentence{Section: sec, Text: s, Loc: loc})
			for _, m := range factRe.FindAllStringSubmatchIndex(s, -1) {
				if m[0] > 0 {
					prev := s[m[0]-1]
					if prev >= '0' && prev <= '9' || prev == '.' || prev == '-' || prev >= 'A' && prev <= 'z' {
						continue
					}
					if strings.HasSuffix(s[:m[0]], "第") {
						continue
					}
				}
				v, ok := parseNumber(s[m[2]:m[3]])
				if !ok {
					continue
				}
				r.doc.Facts = append(r.doc.Facts, report.Fact{
					Section:     sec,
					Sentence:    s,
					Number:      v,
					Raw:         s[m[2]:m[3]],
					Unit:        s[m[4]:m[5]],
					Loc:         r.d.Loc(st, m[0], m[1]),
					SentenceLoc: loc,
				})
			}
		}
	}
}
