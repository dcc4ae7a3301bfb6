package parser

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
)

// paragraph is narrative text: one line, or several when the source wraps
// lines at a fixed width (PDF text, text copied from a PDF).
type paragraph struct {
	first, last int         // line indices
	text        layout.Text // normalised, lines joined
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
		r.paras = append(r.paras, paragraph{first: cur[0], last: cur[len(cur)-1], text: r.joinNorm(cur)})
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

// sentence is a sentence of a paragraph, ending with 。！？ or the
// paragraph's end.
type sentence struct {
	text layout.Text
	para *paragraph
}

func splitSentences(p *paragraph) []sentence {
	var out []sentence
	s := p.text.String()
	start := 0
	for i, r := range s {
		if r == '。' || r == '!' || r == '?' {
			end := i + utf8.RuneLen(r)
			if t := p.text.Slice(start, end).TrimSpace(); !t.IsEmpty() {
				out = append(out, sentence{text: t, para: p})
			}
			start = end
		}
	}
	if t := p.text.Slice(start, len(s)).TrimSpace(); !t.IsEmpty() {
		out = append(out, sentence{text: t, para: p})
	}
	return out
}
