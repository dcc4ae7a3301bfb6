package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// toUnicode wraps entries in the frame of a ToUnicode CMap.
func toUnicode(space, entries string) string {
	return "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n" +
		"1 begincodespacerange " + space + " endcodespacerange\n" +
		entries + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
}

const (
	oneByte = "<00> <FF>"
	twoByte = "<0000> <FFFF>"
)

// TestToUnicodeCMap checks what codes a ToUnicode CMap maps to, as
// pdftotext reads them.
func TestToUnicodeCMap(t *testing.T) {
	tests := []struct {
		name    string
		space   string
		entries string
		code    string // the code's bytes
		want    string
		ok      bool
	}{
		{"bfchar", oneByte, "2 beginbfchar <01> <660C> <02> <5409> endbfchar", "\x02", "吉", true},
		{"bfchar of a code not mapped", oneByte, "1 beginbfchar <01> <660C> endbfchar", "\x03", "", false},
		{"bfchar to a surrogate pair", oneByte, "1 beginbfchar <03> <D840DC0B> endbfchar", "\x03", "\U0002000B", true},
		{"bfchar to two characters", oneByte, "1 beginbfchar <04> <00660069> endbfchar", "\x04", "fi", true},
		{"bfchar to one byte", oneByte, "1 beginbfchar <05> <41> endbfchar", "\x05", "A", true},
		{"bfchar to a glyph name", oneByte, "1 beginbfchar <06> /space endbfchar", "\x06", " ", true},
		{"bfchar of a two-byte code", twoByte, "1 beginbfchar <0A13> <5DDE> endbfchar", "\x0A\x13", "州", true},
		{"bfchar of a code beyond 0xFFFFFF", "<00000000> <FFFFFFFF>", "1 beginbfchar <01000000> <4E00> endbfchar", "\x01\x00\x00\x00", "", false},
		{"bfrange, first code", oneByte, "1 beginbfrange <10> <12> <4E00> endbfrange", "\x10", "一", true},
		{"bfrange, incremented", oneByte, "1 beginbfrange <10> <12> <4E00> endbfrange", "\x12", "丂", true},
		{"bfrange, past its end", oneByte, "1 beginbfrange <10> <12> <4E00> endbfrange", "\x13", "", false},
		{"bfrange whose text crosses a byte", oneByte, "1 beginbfrange <20> <22> <4EFF> endbfrange", "\x21", "\u4F00", true},
		{"bfrange whose text crosses a byte, last", oneByte, "1 beginbfrange <20> <22> <4EFF> endbfrange", "\x22", "\u4F01", true},
		{"bfrange whose codes cross a byte", twoByte, "1 beginbfrange <00FE> <0102> <5000> endbfrange", "\x01\x01", "\u5003", true},
		{"bfrange past U+FFFF", oneByte, "1 beginbfrange <50> <51> <FFFF> endbfrange", "\x51", "\U00010000", true},
		{"bfrange of a surrogate pair", oneByte, "1 beginbfrange <40> <42> <D840DC0B> endbfrange", "\x42", "\U0002000D", true},
		{"bfrange of two characters", oneByte, "1 beginbfrange <44> <45> <00660069> endbfrange", "\x45", "fj", true},
		{"bfrange to one byte", oneByte, "1 beginbfrange <60> <62> <41> endbfrange", "\x62", "C", true},
		{"bfrange with an array", oneByte, "1 beginbfrange <30> <33> [<6D2A> <6CFD> <D840DC0B>] endbfrange", "\x31", "泽", true},
		{"bfrange with an array, a surrogate pair", oneByte, "1 beginbfrange <30> <33> [<6D2A> <6CFD> <D840DC0B>] endbfrange", "\x32", "\U0002000B", true},
		{"bfrange with an array shorter than the range", oneByte, "1 beginbfrange <30> <33> [<6D2A> <6CFD> <D840DC0B>] endbfrange", "\x33", "", false},
		{"bfrange with an array of two-byte codes", twoByte, "1 beginbfrange <01FF> <0201> [<4EBA> <6C11> <653F>] endbfrange", "\x02\x00", "民", true},
		{"bfrange reversed", oneByte, "1 beginbfrange <12> <10> <4E00> endbfrange", "\x11", "", false},
		{"bfrange and bfchar together", oneByte, "1 beginbfchar <01> <5E74> endbfchar 1 beginbfrange <02> <03> <62A5> endbfrange", "\x02", "报", true},
		{"two-byte entries for one-byte codes", twoByte, "1 beginbfchar <0041> <4E2D> endbfchar 1 beginbfrange <0042> <0043> <56FD> endbfrange", "\x43", "图", true},
		{"two-byte entries for one-byte codes, bfchar", twoByte, "1 beginbfchar <0041> <4E2D> endbfchar", "\x41", "中", true},
		{"an entry of the code's own length first", oneByte, "2 beginbfchar <0041> <4E2D> <41> <0041> endbfchar", "\x41", "A", true},
		{"an entry of the code's own length first, two bytes", twoByte, "2 beginbfchar <0041> <4E2D> <41> <0041> endbfchar", "\x00\x41", "中", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := parseCMap([]byte(toUnicode(tc.space, tc.entries)))
			got, ok := m.text(codeOf(tc.code), len(tc.code))
			if got != tc.want || ok != tc.ok {
				t.Errorf("code % X: got %q %v, want %q %v", tc.code, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestCodeSpace checks how a CMap's code space cuts a string into codes.
func TestCodeSpace(t *testing.T) {
	tests := []struct {
		space, s string
		want     int
	}{
		{oneByte, "\x01\x02", 1},
		{twoByte, "\x01\x02", 2},
		{"<00> <80> <8140> <FEFE>", "\x41\x81", 1},
		{"<00> <80> <8140> <FEFE>", "\x81\x40", 2},
		{"<00> <80> <8140> <FEFE>", "\xFF\x40", 0},
		{"<00> <80> <8140> <FEFE>", "\x81", 0},
	}
	for _, tc := range tests {
		m := parseCMap([]byte(toUnicode(tc.space, "")))
		if got := m.split(tc.s); got != tc.want {
			t.Errorf("%s: split(% X) = %d, want %d", tc.space, tc.s, got, tc.want)
		}
	}
}

// onePage returns a PDF of one page showing the string show (a PDF string
// operand) in the font fontDict, given the ToUnicode CMap toUni unless it
// is empty.
func onePage(fontDict, toUni, show string) []byte {
	d := newTestDoc()
	if toUni != "" {
		tu := d.f.stream("", []byte(toUni), true)
		fontDict = strings.TrimSuffix(strings.TrimSpace(fontDict), ">>") + fmt.Sprintf(" /ToUnicode %d 0 R >>", tu)
	}
	f := d.f.add(fontDict)
	res := d.f.add(fmt.Sprintf("<< /Font << /F9 %d 0 R >> >>", f))
	c := d.f.stream("", []byte(text("F9", 12, 72, 700, show)), false)
	d.addPage(res, fmt.Sprintf("%d 0 R", c), 0)
	return d.bytes()
}

// widths returns a Widths array of n glyphs of w units.
func widths(n int, w string) string { return "[" + strings.TrimSpace(strings.Repeat(w+" ", n)) + "]" }

// TestSimpleFonts checks the text of one-byte fonts: LibreOffice's and
// WPS's subset TrueType fonts, whose codes are glyph numbers that only the
// ToUnicode CMap maps to characters (the encoding, WinAnsi, would read
// them as Latin letters), Type1 fonts with /Differences, and Type3 fonts.
// The ToUnicode CMap decides; the encoding gives the text of a code only
// when the font has no ToUnicode CMap or the CMap leaves the code out, as
// pdftotext reads them.
func TestSimpleFonts(t *testing.T) {
	subset := "<< /Type /Font /Subtype /TrueType /BaseFont /BAAAAA+WenQuanYiZenHei /FirstChar 0 /LastChar 127 /Widths " + widths(128, "1000") + " /Encoding /WinAnsiEncoding >>"
	subsetToUni := toUnicode(oneByte, "6 beginbfchar <01> <660C> <02> <5409> <03> <5DDE> <41> <79D1> <42> <5B66> <20> <6280> endbfchar\n1 beginbfrange <04> <05> [<5E74> <62A5>] endbfrange")
	differences := "<< /Type /Font /Subtype /Type1 /BaseFont /CAAAAA+SimSun /FirstChar 1 /LastChar 3 /Widths " + widths(3, "1000") + " /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /A /B /uni6D2A] >> >>"
	type3 := "<< /Type /Font /Subtype /Type3 /FontBBox [0 -200 1000 800] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << >> /Resources << >> /FirstChar 1 /LastChar 3 /Widths " + widths(3, "1000") + " /Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3] >> >>"
	tests := []struct {
		name, font, toUni, show, want string
	}{
		{"subset TrueType, WinAnsi", subset, subsetToUni, "<0102030405>", "昌吉州年报"},
		{"subset TrueType, codes 0x41 and 0x20 are glyphs", subset, subsetToUni, "<414220>", "科学技"},
		{"subset TrueType, a code the CMap leaves out", subset, subsetToUni, "<0143>", "昌C"},
		{"subset TrueType, a CMap of two-byte codes", subset, toUnicode(twoByte, "3 beginbfchar <0001> <660C> <0002> <5409> <0041> <79D1> endbfchar"), "<010241>", "昌吉科"},
		{"subset TrueType, a CMap of ranges only", subset, toUnicode(oneByte, "2 beginbfrange <01> <03> <4E00> <04> <05> [<D840DC0B> <0031>] endbfrange"), "<0103040105>", "一丂\U0002000B一1"},
		{"Differences under a ToUnicode CMap", differences, toUnicode(oneByte, "1 beginbfrange <01> <03> [<4EBA> <6C11> <653F>] endbfrange"), "<010203>", "人民政"},
		{"Differences without a ToUnicode CMap", differences, "", "<010203>", "AB洪"},
		{"Type3 with a ToUnicode CMap", type3, toUnicode(oneByte, "3 beginbfchar <01> <516C> <02> <5F00> <03> <0032> endbfchar"), "<010203>", "公开2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Extract(onePage(tc.font, tc.toUni, tc.show))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(doc.Text); got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
		})
	}
}
