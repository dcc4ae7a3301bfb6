// Package layout is the shared model between the format extractors (plain
// text, HTML, DOCX, PDF) and the recogniser: lines of positioned text, some
// of them table rows split into cells.
//
// Every rune of a Text knows the line and column it came from, so that text
// can be normalised, cut and joined freely and still be located exactly in
// the file the user has open.
package layout

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Pos is a 1-based line and column (in code points) in the text that
// locations point into.
type Pos struct {
	Line int
	Col  int
}

// Text is a string whose runes carry their source positions. The zero Text
// is empty. Positions are stored as runs, so a Text costs little more than
// its string when it was copied from the source unchanged.
type Text struct {
	s    string
	runs []run
}

// run maps the runes of s from byte offset off up to the next run's offset.
// In a stepping run the k-th rune stands at pos.Col+k; in a fixed run every
// rune stands at pos (one source character that became several).
type run struct {
	off   int
	pos   Pos
	fixed bool
}

// NewText returns s as it stands at line, starting at column col.
func NewText(s string, line, col int) Text {
	if s == "" {
		return Text{}
	}
	return Text{s: s, runs: []run{{off: 0, pos: Pos{line, col}}}}
}

// String returns the text.
func (t Text) String() string { return t.s }

// Len returns the length of the text in bytes.
func (t Text) Len() int { return len(t.s) }

// IsEmpty reports whether the text is empty.
func (t Text) IsEmpty() bool { return t.s == "" }

// runAt returns the index of the run holding byte offset off.
func (t Text) runAt(off int) int {
	i := sort.Search(len(t.runs), func(i int) bool { return t.runs[i].off > off })
	return i - 1
}

// PosAt returns the position of the rune starting at byte offset off. An
// offset at or past the end gives the position just after the last rune.
func (t Text) PosAt(off int) Pos {
	if len(t.runs) == 0 {
		return Pos{}
	}
	if off >= len(t.s) {
		last := t.lastRuneStart()
		p := t.PosAt(last)
		p.Col++
		return p
	}
	if off < 0 {
		off = 0
	}
	r := t.runs[t.runAt(off)]
	if r.fixed {
		return r.pos
	}
	return Pos{r.pos.Line, r.pos.Col + utf8.RuneCountInString(t.s[r.off:off])}
}

func (t Text) lastRuneStart() int {
	_, size := utf8.DecodeLastRuneInString(t.s)
	return len(t.s) - size
}

// Span returns the start position of the rune at byte offset i and the
// position just after the rune that ends at byte offset j (exclusive).
func (t Text) Span(i, j int) (start, end Pos) {
	if len(t.runs) == 0 {
		return Pos{}, Pos{}
	}
	if j <= i {
		p := t.PosAt(i)
		return p, p
	}
	start = t.PosAt(i)
	_, size := utf8.DecodeLastRuneInString(t.s[:j])
	end = t.PosAt(j - size)
	end.Col++
	return start, end
}

// Start returns the position of the first rune.
func (t Text) Start() Pos { return t.PosAt(0) }

// Slice returns the text between byte offsets i and j.
func (t Text) Slice(i, j int) Text {
	if i < 0 {
		i = 0
	}
	if j > len(t.s) {
		j = len(t.s)
	}
	if i >= j {
		return Text{}
	}
	k := t.runAt(i)
	first := t.runs[k]
	out := Text{s: t.s[i:j]}
	if first.fixed {
		out.runs = append(out.runs, run{off: 0, pos: first.pos, fixed: true})
	} else {
		out.runs = append(out.runs, run{off: 0, pos: t.PosAt(i)})
	}
	for _, r := range t.runs[k+1:] {
		if r.off >= j {
			break
		}
		r.off -= i
		out.runs = append(out.runs, r)
	}
	return out
}

// TrimSpace returns t without leading and trailing white space (including
// NBSP, the ideographic space and zero-width characters).
func (t Text) TrimSpace() Text {
	i := len(t.s) - len(strings.TrimLeftFunc(t.s, IsSpace))
	j := len(strings.TrimRightFunc(t.s, IsSpace))
	if i >= j {
		return Text{}
	}
	return t.Slice(i, j)
}

// Builder assembles a Text rune by rune.
type Builder struct {
	sb   strings.Builder
	runs []run
	prev Pos
}

// WriteRune appends r standing at p.
func (b *Builder) WriteRune(r rune, p Pos) {
	off := b.sb.Len()
	b.sb.WriteRune(r)
	if n := len(b.runs); n > 0 {
		cur := b.runs[n-1]
		switch {
		case !cur.fixed && p.Line == b.prev.Line && p.Col == b.prev.Col+1:
			b.prev = p
			return
		case cur.fixed && p == b.prev:
			return
		case !cur.fixed && p == b.prev:
			b.runs = append(b.runs, run{off: off, pos: p, fixed: true})
			return
		}
	}
	b.runs = append(b.runs, run{off: off, pos: p})
	b.prev = p
}

// WriteText appends t with its positions.
func (b *Builder) WriteText(t Text) {
	t.Each(func(_ int, r rune, p Pos) { b.WriteRune(r, p) })
}

// Each calls fn for every rune of t with its byte offset and position.
func (t Text) Each(fn func(off int, r rune, p Pos)) {
	for k, rn := range t.runs {
		end := len(t.s)
		if k+1 < len(t.runs) {
			end = t.runs[k+1].off
		}
		p := rn.pos
		for i, r := range t.s[rn.off:end] {
			fn(rn.off+i, r, p)
			if !rn.fixed {
				p.Col++
			}
		}
	}
}

// Len returns the number of bytes written so far.
func (b *Builder) Len() int { return b.sb.Len() }

// Text returns the text built so far.
func (b *Builder) Text() Text {
	return Text{s: b.sb.String(), runs: append([]run(nil), b.runs...)}
}

// take returns the text built and leaves b empty, handing over its runs
// rather than copying them.
func (b *Builder) take() Text {
	t := Text{s: b.sb.String(), runs: slices.Clip(b.runs)}
	*b = Builder{}
	return t
}

// Join concatenates texts, putting sep (located at the end of the text
// before it) between them.
func Join(texts []Text, sep string) Text {
	switch len(texts) {
	case 0:
		return Text{}
	case 1:
		return texts[0]
	}
	var b Builder
	n := 0
	for _, t := range texts {
		n += len(t.s) + len(sep)
	}
	b.sb.Grow(n)
	for k, t := range texts {
		if k > 0 && sep != "" && !t.IsEmpty() && b.Len() > 0 {
			p := b.prev
			for _, r := range sep {
				b.WriteRune(r, p)
			}
		}
		b.WriteText(t)
	}
	return b.take()
}

// Cut returns t cut at the byte offsets cuts (increasing, within t): the
// pieces t[0:cuts[0]], t[cuts[0]:cuts[1]], …, t[cuts[n-1]:]. It reads t
// once, so cutting a long line into many pieces costs the line's length,
// where slicing each piece apart would count runes from the line's start
// every time.
func (t Text) Cut(cuts []int) []Text {
	out := make([]Text, 0, len(cuts)+1)
	k := 0   // the run holding prev
	col := 0 // columns counted from runs[k].off up to counted
	counted := 0
	if len(t.runs) > 0 {
		counted = t.runs[0].off
	}
	prev := 0
	for _, c := range append(cuts, len(t.s)) {
		c = min(max(c, prev), len(t.s))
		if c == prev {
			out = append(out, Text{})
			continue
		}
		// Move to the run holding prev, then count up to it.
		for k+1 < len(t.runs) && t.runs[k+1].off <= prev {
			k++
			counted, col = t.runs[k].off, 0
		}
		col += utf8.RuneCountInString(t.s[counted:prev])
		counted = prev
		first := t.runs[k]
		piece := Text{s: t.s[prev:c]}
		if first.fixed {
			piece.runs = append(piece.runs, run{off: 0, pos: first.pos, fixed: true})
		} else {
			piece.runs = append(piece.runs, run{off: 0, pos: Pos{first.pos.Line, first.pos.Col + col}})
		}
		for _, r := range t.runs[k+1:] {
			if r.off >= c {
				break
			}
			r.off -= prev
			piece.runs = append(piece.runs, r)
		}
		out = append(out, piece)
		prev = c
	}
	return out
}
