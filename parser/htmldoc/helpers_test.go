package htmldoc_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// fixture reads a file of testdata/html.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sourceLines splits text into lines of runes the way locations count
// them: LF, CRLF and a lone CR end lines.
func sourceLines(text string) [][]rune {
	var lines [][]rune
	var cur []rune
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '\n':
			lines = append(lines, cur)
			cur = nil
		case rs[i] == '\r' && (i+1 == len(rs) || rs[i+1] != '\n'):
			lines = append(lines, cur)
			cur = nil
		default:
			cur = append(cur, rs[i])
		}
	}
	return append(lines, cur)
}

// runeAt returns the source character at p, or -1 when p is outside the
// text.
func runeAt(lines [][]rune, p layout.Pos) rune {
	if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1]) {
		return -1
	}
	return lines[p.Line-1][p.Col-1]
}

// checkPositions asserts that every character of every line and cell
// stands where it was written in the decoded source: the same character,
// or the '&' of the character reference it was decoded from. Spaces are
// skipped: collapsed white space and joins stand next to their text.
func checkPositions(t *testing.T, d *layout.Doc) {
	t.Helper()
	lines := sourceLines(d.Text)
	bad := 0
	check := func(txt layout.Text) {
		txt.Each(func(_ int, r rune, p layout.Pos) {
			if unicode.IsSpace(r) && r != '\u00a0' && r != '\u3000' {
				return
			}
			src := runeAt(lines, p)
			if src != r && src != '&' && bad < 10 {
				bad++
				t.Errorf("%q stands at %d:%d, where the source has %q", r, p.Line, p.Col, src)
			}
		})
	}
	for _, l := range d.Lines {
		check(l.Text)
		for _, c := range l.Cells {
			check(c.Text)
			if runeAt(lines, c.At) < 0 {
				t.Errorf("cell %q stands at %v, outside the source", c.Text.String(), c.At)
			}
		}
	}
}

// textAt returns the source text a one-line location spans.
func textAt(lines [][]rune, loc report.Loc) string {
	if loc.Line != loc.EndLine || loc.Line < 1 || loc.Line > len(lines) {
		return ""
	}
	l := lines[loc.Line-1]
	if loc.Column < 1 || loc.EndColumn-1 > len(l) || loc.EndColumn < loc.Column {
		return ""
	}
	return string(l[loc.Column-1 : loc.EndColumn-1])
}
