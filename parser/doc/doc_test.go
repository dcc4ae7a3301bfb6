package doc

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser/docx"
	"github.com/nianbao/nianbao/parser/layout"
)

// Offsets in the WordDocument stream that wordFile writes.
const (
	fibCcpText = 76  // FibRgLw97.ccpText
	fibPairs   = 154 // FibRgFcLcb97
)

// lineView is a line as the tests compare it: its text, its paragraph,
// and for a row its cells.
func lineView(d *layout.Doc, i int) string {
	l := d.Lines[i]
	s := fmt.Sprintf("¶%d %q", d.PointAt(i+1).Paragraph, l.Text.String())
	if !l.Row {
		return s
	}
	cells := l.Cells
	// LibreOffice's .docx export gives a row's last cell a w:gridSpan
	// reaching past its own w:tblGrid, which parser/docx expands into
	// copies at the row's end: they are left out of the comparison.
	for len(cells) > 0 && cells[len(cells)-1].Dup {
		cells = cells[:len(cells)-1]
	}
	for _, c := range cells {
		s += fmt.Sprintf(" [%q %d:%d dup=%v]", c.Text.String(), c.At.Line, c.At.Col, c.Dup)
	}
	return s
}

func lineViews(d *layout.Doc) []string {
	var out []string
	for i := range d.Lines {
		out = append(out, lineView(d, i))
	}
	return out
}

// TestSameAsDOCX reads documents LibreOffice saved both as .doc and as
// .docx from one source, and expects the same lines, cells and paragraph
// numbers from this package as from parser/docx: text, line and column of
// every cell, the copies of merged cells (horizontal, vertical), a nested
// table after its row, a field's result without its code, tracked
// deletions, footnotes and headers left out.
func TestSameAsDOCX(t *testing.T) {
	for _, tc := range []struct{ doc, docx string }{
		{"features.doc", "features.docx"},
		{"../libreoffice/001-breadcrumb.doc", "../libreoffice/001-breadcrumb.docx"},
	} {
		t.Run(tc.doc, func(t *testing.T) {
			got, err := Extract(testdata(t, tc.doc))
			if err != nil {
				t.Fatal(err)
			}
			want, err := docx.Extract(testdata(t, tc.docx))
			if err != nil {
				t.Fatal(err)
			}
			if got.Format != "doc" || got.Paragraphs != want.Paragraphs || got.NumLines != want.NumLines || got.Text != want.Text {
				t.Errorf("format %s, %d paragraphs, %d lines; want doc, %d, %d, and the same text", got.Format, got.Paragraphs, got.NumLines, want.Paragraphs, want.NumLines)
			}
			g, w := lineViews(got), lineViews(want)
			for i := range max(len(g), len(w)) {
				if i >= len(g) || i >= len(w) || g[i] != w[i] {
					t.Errorf("line %d:\n got %s\nwant %s", i+1, at(g, i), at(w, i))
				}
			}
		})
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(none)"
}

// TestFeatures checks what features.doc holds, as written in features.fodt.
func TestFeatures(t *testing.T) {
	d, err := Extract(testdata(t, "features.doc"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range d.Lines {
		lines = append(lines, l.Text.String())
	}
	text := strings.Join(lines, "\n") + "\n"
	for _, want := range []string{
		"第一行\n第二行\t制表符后\n", "保留的文字，插入的文字也保留。", "网址：www.example.gov.cn，脚注在此。",
		"横向合并 | 纵向合并 | D1\n", "A2 | B2 第一段 B2 第二段 |  | D2\n", " | 嵌套前 嵌套后 | C3 | 12\n内1 | 内2\n内3 | 内4\n表后段落\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	for _, not := range []string{"已删除", "脚注文字", "页眉", "HYPERLINK", "DATE"} {
		if strings.Contains(text, not) {
			t.Errorf("text holds %q:\n%s", not, text)
		}
	}
}

// TestText reads the characters of made documents: compressed and UTF-16
// pieces, fields, breaks and control characters.
func TestText(t *testing.T) {
	pieces := []string{
		"标题\r",
		"Plain “ascii” text\r",
		"a\x13 HYPERLINK \"http://x/\" \x14result\x15b\r",
		"line1\x0bline2\x0cpage\r",
		"x\x13 PAGE \x15y\r",
		"nest\x13A\x13B\x14b\x15C\x14res\x15end\r",
		"tab\there\x1ehy\x1fphen\x01\x08\x02\r",
		"stray\x07cell\r",
		"𠀀字\r",
		"one piece, ", "two pieces\r",
	}
	want := []string{
		"¶1 \"标题\"", "¶2 \"Plain “ascii” text\"", "¶3 \"aresultb\"", "¶4 \"line1\"", "¶4 \"line2\"", "¶4 \"page\"",
		"¶5 \"xy\"", "¶6 \"nestresend\"", "¶7 \"tab\\there-hyphen\"", "¶8 \"straycell\"", "¶9 \"𠀀字\"", "¶10 \"one piece, two pieces\"",
	}
	all := strings.Join(pieces, "")
	for _, compress := range []bool{false, true} {
		d, err := Extract(wordFile(docSpec{pieces: pieces, compress: compress, ends: paragraphEnds(all, "\r")}))
		if err != nil {
			t.Fatal(err)
		}
		if got := lineViews(d); !slices.Equal(got, want) {
			t.Errorf("compress %v:\n got %q\nwant %q", compress, got, want)
		}
	}
}

// TestBreaks tells a section mark, which ends a paragraph, from a page
// break inside one; without paragraph properties every 0x0C and 0x07 ends
// a paragraph.
func TestBreaks(t *testing.T) {
	text := "one\x0cstill one\rtwo\x0c"
	d, err := Extract(wordFile(docSpec{pieces: []string{text}, ends: append(paragraphEnds(text, "\r"), len(text))}))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := lineViews(d), []string{`¶1 "one"`, `¶1 "still one"`, `¶2 "two"`}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	d, err = Extract(wordFile(docSpec{pieces: []string{"a\x0cb\x07c\r"}}))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := lineViews(d), []string{`¶1 "a"`, `¶2 "b"`, `¶3 "c"`}; !slices.Equal(got, want) {
		t.Errorf("without PAPX: got %q, want %q", got, want)
	}
}

// Paragraph and table sprms for made documents.
var (
	inTable = []byte{0x16, 0x24, 1}
	ttp     = []byte{0x17, 0x24, 1}
)

// tdef is a sprmTDefTable defining cells at the edges, with their TCGRFs.
func tdef(edges []int, tcgrf ...uint16) []byte {
	n := len(edges) - 1
	op := []byte{byte(n)}
	for _, e := range edges {
		op = binary.LittleEndian.AppendUint16(op, uint16(int16(e)))
	}
	for i := range n {
		var g uint16
		if i < len(tcgrf) {
			g = tcgrf[i]
		}
		op = binary.LittleEndian.AppendUint16(op, g)
		op = append(op, make([]byte, 18)...)
	}
	b := []byte{0x08, 0xD6}
	b = binary.LittleEndian.AppendUint16(b, uint16(len(op)+1))
	return append(b, op...)
}

// tableDoc makes a document of rows: each row its cells' text, each cell
// ended by a cell mark, the row by a row mark defining the cells at the
// edges with the TCGRFs.
func tableDoc(rows [][]string, edges [][]int, tcgrf [][]uint16) docSpec {
	var text strings.Builder
	var ends []int
	grpprl := map[int][]byte{}
	n := 0
	mark := func(g []byte) {
		n++
		ends = append(ends, n)
		grpprl[len(ends)-1] = g
	}
	for r, cells := range rows {
		for _, c := range cells {
			text.WriteString(c + "\x07")
			n += len([]rune(c))
			mark(inTable)
		}
		text.WriteString("\x07")
		mark(slices.Concat(inTable, ttp, tdef(edges[r], tcgrf[r]...)))
	}
	text.WriteString("后\r")
	n++
	ends = append(ends, n+1)
	return docSpec{pieces: []string{text.String()}, ends: ends, grpprl: grpprl}
}

// TestTables reads rows whose empty cells make runs of cell marks, a cell
// wider than those of the row below, and a vertical merge.
func TestTables(t *testing.T) {
	spec := tableDoc(
		[][]string{{"标题"}, {"a", "", "c"}, {"甲", "乙", "丙"}, {"", "丁", ""}},
		[][]int{{0, 3000}, {0, 1000, 2000, 3000}, {0, 1000, 2000, 3000}, {0, 1000, 2000, 3000}},
		[][]uint16{{0}, {0, 0, 0}, {tcVertMerge | tcVertRestart, 0, 0}, {tcVertMerge, 0, 0}},
	)
	d, err := Extract(wordFile(spec))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`¶1 "标题" ["标题" 1:1 dup=false]`,
		`¶2 "a |  | c" ["a" 2:1 dup=false] ["" 2:5 dup=false] ["c" 2:8 dup=false]`,
		`¶3 "甲 | 乙 | 丙" ["甲" 3:1 dup=false] ["乙" 3:5 dup=false] ["丙" 3:9 dup=false]`,
		`¶4 " | 丁 | " ["甲" 4:1 dup=true] ["丁" 4:4 dup=false]`,
		`¶5 "后"`,
	}
	if got := lineViews(d); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(d.Lines[0].Cells); n != 3 {
		t.Errorf("the wide cell spans %d grid columns, want 3", n)
	}
}

// TestEncrypted: a .doc LibreOffice saved with a password, and the FIB's
// fEncrypted and fObfuscated flags.
func TestEncrypted(t *testing.T) {
	if _, err := Extract(testdata(t, "encrypted.doc")); !errors.Is(err, ErrEncrypted) {
		t.Errorf("encrypted.doc: %v, want ErrEncrypted", err)
	}
	for _, flag := range []uint16{0x0100, 0x8000} {
		if _, err := Extract(wordFile(docSpec{pieces: []string{"秘密\r"}, flags: flag})); !errors.Is(err, ErrEncrypted) {
			t.Errorf("flag %#x: %v, want ErrEncrypted", flag, err)
		}
	}
}

// TestWhatItIs: compound files that hold no Word 97 document say what they
// are.
func TestWhatItIs(t *testing.T) {
	some := make([]byte, 100)
	tests := []struct {
		name string
		data []byte
		ext  string
		want error
		says string
	}{
		{"word 95", wordFile(docSpec{pieces: []string{"x\r"}, nFib: 0x0068}), ".doc", ErrLegacy, "Word 6.0/95"},
		{"works", cfbFile(stream{"CONTENTS", some}), ".wps", ErrLegacy, "Microsoft Works"},
		{"other wps", cfbFile(stream{"Text", some}, stream{"\x05SummaryInformation", some}), ".wps", ErrLegacy, `without a Word-compatible WordDocument stream, as an early WPS version or another program wrote it (it holds "SummaryInformation", "Text")`},
		{"xls", cfbFile(stream{"Workbook", some}), ".wps", ErrNotWord, "Excel 97–2003 workbook"},
		{"ppt", cfbFile(stream{"PowerPoint Document", some}), ".doc", ErrNotWord, "PowerPoint"},
		{"unknown doc", cfbFile(stream{"Text", some}), ".doc", ErrNotWord, "without a WordDocument stream"},
		{"encrypted docx", cfbFile(stream{"EncryptionInfo", some}, stream{"EncryptedPackage", some}), ".docx", ErrEncrypted, "Office 2007"},
		{"no table stream", wordFile(docSpec{pieces: []string{"x\r"}, table0: true}), ".doc", ErrDamaged, "no 0Table stream"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(tt.data)
			if tt.name != "word 95" && tt.name != "no table stream" {
				err = Probe(tt.data, tt.ext)
			}
			if !errors.Is(err, tt.want) || !strings.Contains(fmt.Sprint(err), tt.says) {
				t.Errorf("%v; want %v saying %q", err, tt.want, tt.says)
			}
		})
	}
	if err := Probe(testdata(t, "features.doc"), ".wps"); err != nil {
		t.Errorf("a Word document named .wps: %v", err)
	}
}

// TestDamaged: cut short, overwritten or pointing outside its streams, a
// file gives ErrDamaged (or reads), never a panic; a file within the
// limits reads, one beyond them gives ErrTooLarge.
func TestDamaged(t *testing.T) {
	check := func(name string, err error) {
		t.Helper()
		if err != nil && !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotWord) && !errors.Is(err, ErrLegacy) && !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: %v wraps no error of this package", name, err)
		}
	}
	data := testdata(t, "features.doc")
	for n := 0; n < len(data); n += 97 {
		_, err := Extract(data[:n])
		check(fmt.Sprintf("cut at %d", n), err)
		if n < 4096 && err == nil {
			t.Errorf("cut at %d: no error", n)
		}
	}
	for i := 0; i < len(data); i += 13 {
		bad := slices.Clone(data)
		bad[i] ^= 0xFF
		_, err := Extract(bad)
		check(fmt.Sprintf("byte %d flipped", i), err)
	}
	garbage := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, []byte(strings.Repeat("年报", 400))...)
	if _, err := Extract(garbage); !errors.Is(err, ErrDamaged) {
		t.Errorf("garbage: %v, want ErrDamaged", err)
	}
	put := func(off int, v uint32) func(wd, table []byte) {
		return func(wd, table []byte) { binary.LittleEndian.PutUint32(wd[off:], v) }
	}
	for _, tt := range []struct {
		name   string
		mutate func(wd, table []byte)
		says   string
	}{
		{"clx outside the table", put(fibPairs+8*pairClx, 1<<30), "piece table (Clx) lies outside"},
		{"clx too long", put(fibPairs+8*pairClx+4, 1<<31), "piece table (Clx) lies outside"},
		{"no clx", put(fibPairs+8*pairClx+4, 0), "no piece table"},
		{"piece outside", func(wd, table []byte) { binary.LittleEndian.PutUint32(table[5+8+2:], 1<<29) }, "outside the WordDocument stream"},
		{"pieces out of order", func(wd, table []byte) { binary.LittleEndian.PutUint32(table[5+4:], 0) }, ""},
		{"papx outside", put(fibPairs+8*pairPlcfBtePapx, 1<<30), "PlcBtePapx) lies outside"},
		{"bad papx page", func(wd, table []byte) {
			n := len(table)
			binary.LittleEndian.PutUint32(table[n-4:], 1<<21)
		}, ""},
	} {
		_, err := Extract(wordFile(docSpec{pieces: []string{"一\r二\r"}, ends: []int{2, 4}, mutate: tt.mutate}))
		check(tt.name, err)
		if tt.says != "" && !strings.Contains(fmt.Sprint(err), tt.says) {
			t.Errorf("%s: %v, want it to say %q", tt.name, err, tt.says)
		}
	}
}

func TestLimits(t *testing.T) {
	text := strings.Repeat("行\r", 50)
	spec := docSpec{pieces: []string{text[:len(text)/2], text[len(text)/2:]}, ends: paragraphEnds(text, "\r")}
	lim := DefaultLimits()
	if _, err := ExtractLimits(wordFile(spec), lim); err != nil {
		t.Fatal(err)
	}
	for name, set := range map[string]func(*Limits){
		"pieces": func(l *Limits) { l.MaxPieces = 1 },
		"chars":  func(l *Limits) { l.MaxChars = 99 },
		"lines":  func(l *Limits) { l.MaxLines = 49 },
	} {
		l := lim
		set(&l)
		if _, err := ExtractLimits(wordFile(spec), l); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: %v, want ErrTooLarge", name, err)
		}
	}
	l := lim
	l.MaxCells = 5
	tables := tableDoc([][]string{{"a", "b", "c"}, {"d", "e", "f"}}, [][]int{{0, 1, 2, 3}, {0, 1, 2, 3}}, [][]uint16{nil, nil})
	if _, err := ExtractLimits(wordFile(tables), l); !errors.Is(err, ErrTooLarge) {
		t.Errorf("cells: %v, want ErrTooLarge", err)
	}
}

// TestMadeFiles reads every .doc of testdata.
func TestMadeFiles(t *testing.T) {
	for _, dir := range []string{"doc", "libreoffice"} {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.doc"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Extract(data)
			if filepath.Base(p) == "encrypted.doc" {
				continue
			}
			if err != nil || d.NumLines < 10 {
				t.Errorf("%s: %v", p, err)
			}
		}
	}
}

var updateFixtures = flag.Bool("update-fixtures", false, "rewrite the files of testdata/doc that the tests make")

// notWordWPS is testdata/doc/not-word.wps: a compound file named .wps that
// holds no WordDocument stream, as no real early-WPS file could be had.
func notWordWPS() []byte {
	return cfbFile(stream{"Text", []byte("这不是 Word 兼容的 WPS 文件")}, stream{"\x05SummaryInformation", make([]byte, 64)})
}

// TestFixtures checks that the files of testdata/doc the tests make are as
// they make them (-update-fixtures writes them).
func TestFixtures(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "doc", "not-word.wps")
	if *updateFixtures {
		if err := os.WriteFile(path, notWordWPS(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(data, notWordWPS()) {
		t.Errorf("%s is not what notWordWPS makes: go test ./parser/doc -run TestFixtures -update-fixtures", path)
	}
	if err := Probe(data, ".wps"); !errors.Is(err, ErrLegacy) {
		t.Errorf("not-word.wps: %v, want ErrLegacy", err)
	}
}
