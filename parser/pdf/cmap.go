package pdf

import (
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxCMapEntries bounds the mappings read from one CMap.
const maxCMapEntries = 1 << 17

// maxCode is the largest code a ToUnicode entry maps; pdftotext passes over
// larger ones.
const maxCode = 0xFFFFFF

// codeRange is a range of codes of n bytes.
type codeRange struct {
	lo, hi uint32
	n      int
}

// uniRange maps a range of codes to text: dst (UTF-16 code units) for lo,
// its last unit incremented for the codes after it, as pdftotext does; or,
// with list, one text per code.
type uniRange struct {
	codeRange
	dst  []uint32
	list []string
}

// cidRange maps a range of codes to CIDs from cid on.
type cidRange struct {
	codeRange
	cid uint32
}

// cmap is what nianbao reads of a CMap: its code space, its mappings to
// Unicode (a ToUnicode CMap) and to CIDs (an embedded encoding CMap), and
// its writing mode.
//
// A ToUnicode CMap is read as pdftotext reads it: bfchar and bfrange
// entries, a bfrange destination being either an array of one text per code
// or a UTF-16BE string whose last code unit is incremented from code to
// code (so a range may cross into the next byte: <4EFF> then <4F00>); a
// destination of one byte stands for itself, and surrogate pairs are
// decoded. A code is looked up with the length it was shown with first,
// then by its value alone, as pdftotext keys codes: a simple font's 1-byte
// code 0x41 finds an entry written <0041>.
type cmap struct {
	space     []codeRange
	chars     map[uint64]string // (n<<32 | code) → text
	ranges    []uniRange        // sorted by n, lo
	cidChars  map[uint64]uint32
	cidRanges []cidRange
	vertical  bool
	useCMap   string
	entries   int
}

func codeKey(code uint32, n int) uint64 { return uint64(n)<<32 | uint64(code) }

// codeOf returns the big-endian value of up to 4 bytes.
func codeOf(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

// parseCMap reads a CMap program. It never fails: what it cannot read is
// left out.
func parseCMap(data []byte) *cmap {
	m := &cmap{chars: map[uint64]string{}, cidChars: map[uint64]uint32{}}
	l := &lexer{b: data}
	var stack []operand
	var lastName string
	for m.entries < maxCMapEntries {
		tk, op := l.nextObject()
		switch tk {
		case tEOF:
			m.sortRanges()
			return m
		case tOperand:
			if op.kind == kName {
				lastName = op.s
			}
			if len(stack) < 16 {
				stack = append(stack, op)
			}
			continue
		case tOperator:
		default:
			continue
		}
		switch op.s {
		case "begincodespacerange":
			m.readSection(l, 2, func(args []operand) {
				if args[0].kind == kString && args[1].kind == kString && len(args[0].s) == len(args[1].s) && len(args[0].s) >= 1 && len(args[0].s) <= 4 {
					m.space = append(m.space, codeRange{codeOf(args[0].s), codeOf(args[1].s), len(args[0].s)})
				}
			})
		case "beginbfchar":
			m.readSection(l, 2, func(args []operand) {
				if args[0].kind != kString || len(args[0].s) == 0 || len(args[0].s) > 4 || codeOf(args[0].s) > maxCode {
					return
				}
				var text string
				switch args[1].kind {
				case kString:
					text = utf16String(args[1].s)
				case kName:
					text = glyphNameText(args[1].s)
				}
				m.chars[codeKey(codeOf(args[0].s), len(args[0].s))] = text
			})
		case "beginbfrange":
			m.readSection(l, 3, func(args []operand) {
				lo, hi := args[0], args[1]
				if lo.kind != kString || hi.kind != kString || len(lo.s) != len(hi.s) || len(lo.s) == 0 || len(lo.s) > 4 {
					return
				}
				r := uniRange{codeRange: codeRange{codeOf(lo.s), min(codeOf(hi.s), maxCode), len(lo.s)}}
				if r.hi < r.lo {
					return
				}
				switch args[2].kind {
				case kString:
					r.dst = destUnits(args[2].s)
					if len(r.dst) == 0 {
						return
					}
				case kArray:
					for _, a := range args[2].arr {
						if a.kind == kString {
							r.list = append(r.list, utf16String(a.s))
						} else {
							r.list = append(r.list, "")
						}
					}
				default:
					return
				}
				m.ranges = append(m.ranges, r)
			})
		case "begincidchar":
			m.readSection(l, 2, func(args []operand) {
				if args[0].kind == kString && args[1].kind == kNumber && len(args[0].s) >= 1 && len(args[0].s) <= 4 {
					m.cidChars[codeKey(codeOf(args[0].s), len(args[0].s))] = uint32(max(0, args[1].num))
				}
			})
		case "begincidrange":
			m.readSection(l, 3, func(args []operand) {
				lo, hi := args[0], args[1]
				if lo.kind == kString && hi.kind == kString && args[2].kind == kNumber && len(lo.s) == len(hi.s) && len(lo.s) >= 1 && len(lo.s) <= 4 {
					m.cidRanges = append(m.cidRanges, cidRange{codeRange{codeOf(lo.s), codeOf(hi.s), len(lo.s)}, uint32(max(0, args[2].num))})
				}
			})
		case "usecmap":
			m.useCMap = lastName
		case "def":
			if len(stack) >= 2 && stack[len(stack)-2].kind == kName && stack[len(stack)-2].s == "WMode" && stack[len(stack)-1].kind == kNumber {
				m.vertical = stack[len(stack)-1].num == 1
			}
		}
		stack = stack[:0]
	}
	m.sortRanges()
	return m
}

// readSection reads the entries of a begin…end section, each of arity
// operands, until the section's end operator.
func (m *cmap) readSection(l *lexer, arity int, fn func([]operand)) {
	args := make([]operand, 0, arity)
	for m.entries < maxCMapEntries {
		tk, op := l.nextObject()
		switch tk {
		case tEOF:
			return
		case tOperator:
			return // endbfchar, endbfrange, …
		case tOperand:
		default:
			continue
		}
		args = append(args, op)
		if len(args) == arity {
			fn(args)
			m.entries++
			args = args[:0]
		}
	}
}

// maxArrayDepth bounds the nesting of arrays read; deeper arrays are
// skipped.
const maxArrayDepth = 8

// nextObject returns the next token as next does, but an array is read
// whole and returned as one operand.
func (l *lexer) nextObject() (tokKind, operand) {
	tk, op := l.next()
	if tk == tArrayOpen {
		return tOperand, operand{kind: kArray, arr: readArray(l, 1)}
	}
	return tk, op
}

// readArray reads array elements up to the closing bracket.
func readArray(l *lexer, depth int) []operand {
	var out []operand
	for {
		tk, op := l.next()
		switch tk {
		case tEOF, tArrayClose:
			return out
		case tArrayOpen:
			if depth >= maxArrayDepth {
				skipArray(l)
				continue
			}
			op = operand{kind: kArray, arr: readArray(l, depth+1)}
		case tOperand:
		default:
			continue
		}
		if len(out) < 1<<16 {
			out = append(out, op)
		}
	}
}

// skipArray moves past the rest of an array, however deeply nested, without
// recursion.
func skipArray(l *lexer) {
	for depth := 1; depth > 0; {
		switch tk, _ := l.next(); tk {
		case tEOF:
			return
		case tArrayOpen:
			depth++
		case tArrayClose:
			depth--
		}
	}
}

func (m *cmap) sortRanges() {
	sort.SliceStable(m.ranges, func(i, j int) bool {
		a, b := m.ranges[i], m.ranges[j]
		if a.n != b.n {
			return a.n < b.n
		}
		return a.lo < b.lo
	})
}

// split returns the length of the first code of s by the code space, or 0
// when no range matches.
func (m *cmap) split(s string) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		c := codeOf(s[:n])
		for _, r := range m.space {
			if r.n == n && c >= r.lo && c <= r.hi {
				return n
			}
		}
	}
	return 0
}

// text returns the text a code of n bytes maps to: the entry of that length
// or, failing one, an entry of another length for the same value.
func (m *cmap) text(code uint32, n int) (string, bool) {
	if t, ok := m.textOfLen(code, n); ok {
		return t, true
	}
	for k := 1; k <= 4; k++ {
		if k == n || k < 4 && code>>(8*k) != 0 {
			continue
		}
		if t, ok := m.textOfLen(code, k); ok {
			return t, true
		}
	}
	return "", false
}

// textOfLen returns the text an entry of n-byte codes gives code.
func (m *cmap) textOfLen(code uint32, n int) (string, bool) {
	if t, ok := m.chars[codeKey(code, n)]; ok {
		return t, true
	}
	// The last range of n-byte codes starting at or before code.
	i := sort.Search(len(m.ranges), func(i int) bool {
		r := m.ranges[i]
		return r.n > n || r.n == n && r.lo > code
	})
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		r := m.ranges[j]
		if r.n != n {
			break
		}
		if code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.list != nil {
			if int(off) < len(r.list) {
				return r.list[off], true
			}
			return "", false
		}
		return incremented(r.dst, off), true
	}
	return "", false
}

// cid returns the CID a code maps to.
func (m *cmap) cid(code uint32, n int) (uint32, bool) {
	if c, ok := m.cidChars[codeKey(code, n)]; ok {
		return c, true
	}
	for _, r := range m.cidRanges {
		if r.n == n && code >= r.lo && code <= r.hi {
			return r.cid + code - r.lo, true
		}
	}
	return 0, false
}

// utf16String decodes UTF-16BE bytes (a ToUnicode destination); a single
// byte stands for itself.
func utf16String(s string) string { return incremented(destUnits(s), 0) }

// destUnits returns the UTF-16 code units of a ToUnicode destination; a
// single byte is one unit.
func destUnits(s string) []uint32 {
	if len(s) == 1 {
		return []uint32{uint32(s[0])}
	}
	u := utf16Units(s)
	out := make([]uint32, len(u))
	for i, v := range u {
		out[i] = uint32(v)
	}
	return out
}

// incremented decodes UTF-16 code units with off added to the last one:
// the text of the code off places after a bfrange's first. A lone
// surrogate, NUL or a value beyond Unicode is left out.
func incremented(units []uint32, off uint32) string {
	var b strings.Builder
	for i := 0; i < len(units); i++ {
		u := units[i]
		if i == len(units)-1 {
			u += off
		}
		r := rune(u)
		if utf16.IsSurrogate(r) && i+1 < len(units) {
			lo := units[i+1]
			if i+1 == len(units)-1 {
				lo += off
			}
			if d := utf16.DecodeRune(r, rune(lo)); d != utf8.RuneError {
				b.WriteRune(d)
				i++
				continue
			}
		}
		if r == 0 || utf16.IsSurrogate(r) || !utf8.ValidRune(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// utf16Units reads big-endian 16-bit units; an odd last byte is left out.
func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}
