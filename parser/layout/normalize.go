package layout

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// IsSpace reports whether r is white space for nianbao: Unicode white space
// (including NBSP and the ideographic space) and the zero-width characters
// that scraped pages carry.
func IsSpace(r rune) bool {
	return unicode.IsSpace(r) || isZeroWidth(r)
}

func isZeroWidth(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return false
}

// FoldRune maps one rune to its form for recognition: full-width letters,
// digits and punctuation to their ASCII forms, every kind of space to ' ',
// and zero-width characters to -1 (dropped). The mapping is one to one, so
// text folded rune by rune keeps its columns.
func FoldRune(r rune) rune {
	switch {
	case r < 0x80:
		if r == '\t' || r == '\v' || r == '\f' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	case isZeroWidth(r):
		return -1
	case unicode.IsSpace(r):
		return ' '
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}

// Normalize returns t in the form the recogniser matches against: runes
// folded with FoldRune, white space removed wherever it touches a CJK
// character or punctuation ("2024 年" → "2024年", "商业 企业" → "商业企业"),
// runs of white space between ASCII letters or digits reduced to one space,
// and leading and trailing space trimmed. Every remaining rune keeps its
// source position.
func Normalize(t Text) Text {
	if isNormal(t.s) {
		return t
	}
	var b Builder
	b.sb.Grow(len(t.s))
	var prev rune
	pending := false
	var spacePos Pos
	t.Each(func(_ int, r rune, p Pos) {
		r = FoldRune(r)
		switch {
		case r < 0:
			return
		case r == ' ':
			if !pending {
				pending, spacePos = true, p
			}
			return
		}
		if pending {
			if isASCIIAlnum(prev) && isASCIIAlnum(r) {
				b.WriteRune(' ', spacePos)
			}
			pending = false
		}
		b.WriteRune(r, p)
		prev = r
	})
	return b.take()
}

// isNormal reports whether Normalize leaves s as it is: no rune folds to
// another or away, and there is no white space.
func isNormal(s string) bool {
	for _, r := range s {
		if r < 0x80 {
			if r <= ' ' {
				return false
			}
			continue
		}
		if FoldRune(r) != r {
			return false
		}
	}
	return true
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// FoldString folds every rune of s with FoldRune, one rune for one, so that
// columns stay where they were (zero-width characters are kept as they are).
func FoldString(s string) string {
	return strings.Map(func(r rune) rune {
		if f := FoldRune(r); f >= 0 {
			return f
		}
		return r
	}, s)
}
