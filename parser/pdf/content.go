package pdf

import (
	"bytes"
	"strconv"
)

// kind is the kind of a content-stream operand.
type kind uint8

const (
	kNumber kind = iota
	kName
	kString
	kArray
	kOther // true, false, null, a dictionary
)

// operand is one operand of a content-stream operator.
type operand struct {
	kind kind
	num  float64
	s    string    // a name without its slash, or a string's bytes
	arr  []operand // an array's elements
}

// tokKind is the kind of a lexical token of a content stream.
type tokKind uint8

const (
	tEOF tokKind = iota
	tOperand
	tOperator
	tArrayOpen
	tArrayClose
	tDictOpen
	tDictClose
)

// lexer reads the tokens of a content stream.
type lexer struct {
	b []byte
	i int
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// isStray reports whether b[i] is a delimiter that cannot start a token.
func isStray(b []byte, i int) bool {
	switch b[i] {
	case ')', '{', '}':
		return true
	case '>':
		return i+1 >= len(b) || b[i+1] != '>'
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.i < len(l.b) {
		c := l.b[l.i]
		switch {
		case isWhite(c):
			l.i++
		case c == '%':
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
		default:
			return
		}
	}
}

// next returns the next token; for an operand it is in op, for an operator
// its name is in op.s.
func (l *lexer) next() (tokKind, operand) {
	l.skipSpace()
	// Skip stray ')', '>', '{' and '}'.
	for l.i < len(l.b) && isStray(l.b, l.i) {
		l.i++
		l.skipSpace()
	}
	if l.i >= len(l.b) {
		return tEOF, operand{}
	}
	c := l.b[l.i]
	switch {
	case c == '[':
		l.i++
		return tArrayOpen, operand{}
	case c == ']':
		l.i++
		return tArrayClose, operand{}
	case c == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
		l.i += 2
		return tDictOpen, operand{}
	case c == '>' && l.i+1 < len(l.b) && l.b[l.i+1] == '>':
		l.i += 2
		return tDictClose, operand{}
	case c == '(':
		return tOperand, operand{kind: kString, s: l.literal()}
	case c == '<':
		return tOperand, operand{kind: kString, s: l.hex()}
	case c == '/':
		l.i++
		return tOperand, operand{kind: kName, s: l.nameToken()}
	case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
		return tOperand, operand{kind: kNumber, num: l.number()}
	}
	start := l.i
	for l.i < len(l.b) && !isWhite(l.b[l.i]) && !isDelim(l.b[l.i]) {
		l.i++
	}
	word := string(l.b[start:l.i])
	switch word {
	case "true", "false", "null":
		return tOperand, operand{kind: kOther, s: word}
	}
	return tOperator, operand{s: word}
}

// literal reads a (string) with its escapes; l.i is at the '('.
func (l *lexer) literal() string {
	l.i++
	var out []byte
	depth := 1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
		case '\\':
			if l.i >= len(l.b) {
				return string(out)
			}
			e := l.b[l.i]
			l.i++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.i < len(l.b) && l.b[l.i] == '\n' {
					l.i++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '7'; k++ {
						v = v*8 + int(l.b[l.i]-'0')
						l.i++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// hex reads a <hex string>; l.i is at the '<'.
func (l *lexer) hex() string {
	l.i++
	var out []byte
	var hi byte
	half := false
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		if c == '>' {
			break
		}
		v, ok := unhex(c)
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return string(out)
}

// nameToken reads a name after its slash, decoding #xx escapes.
func (l *lexer) nameToken() string {
	start := l.i
	for l.i < len(l.b) && !isWhite(l.b[l.i]) && !isDelim(l.b[l.i]) {
		l.i++
	}
	raw := l.b[start:l.i]
	if bytes.IndexByte(raw, '#') < 0 {
		return string(raw)
	}
	out := make([]byte, 0, len(raw))
	for k := 0; k < len(raw); k++ {
		if raw[k] == '#' && k+2 < len(raw) {
			h, ok1 := unhex(raw[k+1])
			lo, ok2 := unhex(raw[k+2])
			if ok1 && ok2 {
				out = append(out, h<<4|lo)
				k += 2
				continue
			}
		}
		out = append(out, raw[k])
	}
	return string(out)
}

// maxNumberLen bounds the length of a number, far beyond the few digits
// PDF numbers have.
const maxNumberLen = 64

// number reads a number leniently: "1.5", "-.5", "3."; malformed numbers
// ("--1", "1.2.3") read as much as makes sense.
func (l *lexer) number() float64 {
	start := l.i
	for l.i < len(l.b) && !isWhite(l.b[l.i]) && !isDelim(l.b[l.i]) {
		l.i++
	}
	s := string(l.b[start:l.i])
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v
	}
	// Keep the longest prefix that parses, of a number's length at most:
	// trying every prefix of a long token would take quadratic time.
	for k := min(len(s)-1, maxNumberLen); k > 0; k-- {
		if v, err := strconv.ParseFloat(s[:k], 64); err == nil {
			return v
		}
	}
	return 0
}

// skipInlineImage moves past the data of an inline image, after its ID
// operator, to just after its EI operator.
func (l *lexer) skipInlineImage() {
	if l.i < len(l.b) && isWhite(l.b[l.i]) {
		l.i++
	}
	for {
		k := bytes.Index(l.b[l.i:], []byte("EI"))
		if k < 0 {
			l.i = len(l.b)
			return
		}
		at := l.i + k
		before := at == 0 || isWhite(l.b[at-1])
		after := at+2 >= len(l.b) || isWhite(l.b[at+2])
		l.i = at + 2
		if before && after {
			return
		}
	}
}
