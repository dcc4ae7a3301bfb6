package pdf

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func lines(text string) []string {
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// TestExtractLayout checks line reconstruction on a built page: CJK
// glyphs that touch, a word gap, column gaps, lines top to bottom whatever
// the drawing order, and the page number dropped.
func TestExtractLayout(t *testing.T) {
	d := newTestDoc()
	// Drawn bottom-up and right to left on purpose.
	d.page(text("F1", 10, 297, 60, latin("- 1 -")) +
		text("F1", 10, 460, 500, latin("5")) +
		text("F1", 10, 380, 500, latin("0")) +
		text("F1", 10, 300, 500, latin("12")) +
		text("F2", 10, 72, 500, cjk("规章")) +
		text("F2", 16, 100, 700, cjk("年报告")) +
		text("F1", 16, 64, 700, latin("2023")) +
		text("F2", 22, 150, 780, cjk("洪泽区人民政府")))
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	got := lines(doc.Text)
	if len(got) != 3 {
		t.Fatalf("want 3 lines, got %d: %q", len(got), got)
	}
	checks := []struct {
		line int
		re   string
	}{
		{0, `^ *洪泽区人民政府$`},               // touching CJK glyphs: no spaces
		{1, `^2023 年报告$`},                // a word gap (4 pt at 16 pt): one space
		{2, `^ *规章 {2,}12 {2,}0 {2,}5$`}, // column gaps: two spaces or more
	}
	for _, c := range checks {
		if !regexp.MustCompile(c.re).MatchString(got[c.line]) {
			t.Errorf("line %d = %q, want it to match %s", c.line+1, got[c.line], c.re)
		}
	}
	if doc.Format != report.FormatPDF || doc.Pages != 1 || doc.NumLines != 3 || len(doc.Lines) != 3 {
		t.Errorf("format %q pages %d lines %d/%d", doc.Format, doc.Pages, doc.NumLines, len(doc.Lines))
	}
	for i, l := range doc.Lines {
		if l.Row || l.Text.String() != got[i] || l.Text.Start().Line != i+1 {
			t.Errorf("line %d: %+v", i+1, l)
		}
	}
}

// TestNextLineOperators checks the operators that move to the next line
// before showing a string: ' and ", whose word spacing (10 pt here, on top
// of a 6 pt space) opens a column gap between "a" and "b".
func TestNextLineOperators(t *testing.T) {
	d := newTestDoc()
	d.page("BT /F1 12 Tf 14 TL 1 0 0 1 72 700 Tm (first) Tj (second) ' 10 0 (a b) \" ET")
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	got := lines(doc.Text)
	if len(got) != 3 || got[0] != "first" || got[1] != "second" || !regexp.MustCompile(`^a {2,}b$`).MatchString(got[2]) {
		t.Errorf("text: %q", got)
	}
}

// TestShowArray checks TJ: a number shifts the next string left by
// thousandths of the font size, or right when negative, so that -2000 at
// 12 pt opens a 24 pt column gap and 100 keeps the letters touching.
func TestShowArray(t *testing.T) {
	d := newTestDoc()
	d.page("BT /F1 12 Tf 1 0 0 1 72 700 Tm [(ab) -2000 (cd)] TJ 1 0 0 1 72 600 Tm [(ef) 100 (gh)] TJ ET")
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	got := lines(doc.Text)
	if len(got) != 2 || !regexp.MustCompile(`^ab {2,}cd$`).MatchString(got[0]) || got[1] != "efgh" {
		t.Errorf("text: %q", got)
	}
}

// TestColumnsAlign checks that numbers standing in one column on the page
// start at the same column of the text.
func TestColumnsAlign(t *testing.T) {
	d := newTestDoc()
	d.page(text("F2", 10, 72, 700, cjk("规章")) + text("F1", 10, 300, 700, latin("1")) +
		text("F2", 10, 72, 680, cjk("信息公开工作")) + text("F1", 10, 300, 680, latin("23")))
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	got := lines(doc.Text)
	if len(got) != 2 {
		t.Fatalf("got %q", got)
	}
	i, j := strings.Index(got[0], "1"), strings.Index(got[1], "23")
	if i < 0 || j < 0 {
		t.Fatalf("numbers missing: %q", got)
	}
	a, b := layout.DisplayWidth(got[0][:i]), layout.DisplayWidth(got[1][:j])
	if a != b {
		t.Errorf("columns at %d and %d:\n%s", a, b, doc.Text)
	}
}

// TestRotatedPage checks a landscape table on a portrait page shown with
// /Rotate 90: its text, drawn turned a quarter left, reads in lines.
func TestRotatedPage(t *testing.T) {
	turned := func(font string, size, x, y float64, s string) string {
		return fmt.Sprintf("BT /%s %g Tf 0 1 -1 0 %g %g Tm %s Tj ET\n", font, size, x, y, s)
	}
	d := newTestDoc()
	d.rotatedPage(turned("F2", 12, 130, 72, cjk("规章"))+turned("F1", 12, 130, 400, latin("12"))+
		turned("F2", 16, 100, 72, cjk("信息公开")), 90)
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	got := lines(doc.Text)
	if len(got) != 2 || strings.TrimSpace(got[0]) != "信息公开" || !regexp.MustCompile(`^ *规章 {2,}12$`).MatchString(got[1]) {
		t.Errorf("text:\n%s", doc.Text)
	}
}

// TestContentArray checks a page whose content is an array of streams
// divided between an operand and its operator, and text shown with a font
// the page does not have, which is noted rather than guessed.
func TestContentArray(t *testing.T) {
	d := newTestDoc()
	a := d.f.stream("", []byte("BT /F2 12 Tf 1 0 0 1 72 700 Tm "+cjk("一二三")), true)
	b := d.f.stream("", []byte("Tj ET BT /F9 12 Tf 1 0 0 1 72 600 Tm (garbage) Tj ET"), false)
	d.addPage(d.res, fmt.Sprintf("[%d 0 R %d 0 R]", a, b), 0)
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(doc.Text); got != "一二三" {
		t.Errorf("text: %q", got)
	}
	if len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0].Message, "7 characters could not be decoded") {
		t.Errorf("notes: %+v", doc.Notes)
	}
}

// TestForm checks text drawn by a form XObject: placed by its /Matrix
// (100 pt lower, below the page's own line), in its own resources' font,
// and without leaking its graphics state: the page's text after it stays
// where it is drawn (scaled twice over, it would fall off the page).
func TestForm(t *testing.T) {
	d := newTestDoc()
	formRes := d.f.add(fmt.Sprintf("<< /Font << /G %d 0 R >> >>", d.f2))
	form := d.f.stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -100] /Resources %d 0 R", formRes),
		[]byte(text("G", 12, 72, 700, cjk("四五六"))+"2 0 0 2 0 0 cm"), false)
	res := d.f.add(fmt.Sprintf("<< /Font << /F2 %d 0 R >> /XObject << /X %d 0 R >> >>", d.f2, form))
	c := d.f.stream("", []byte(text("F2", 12, 72, 620, cjk("一二三"))+"/X Do "+text("F2", 12, 72, 500, cjk("七八九"))), false)
	d.addPage(res, fmt.Sprintf("%d 0 R", c), 0)
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	got := lines(doc.Text)
	if len(got) != 3 || strings.TrimSpace(got[0]) != "一二三" || strings.TrimSpace(got[1]) != "四五六" || strings.TrimSpace(got[2]) != "七八九" {
		t.Errorf("text: %q", got)
	}
}

// TestFurniture checks that running headers and footers repeated on every
// page, and page numbers, are dropped, and that lines know their page. The
// page numbers at the top right have full-width digits: "第１页" is one
// only once folded.
func TestFurniture(t *testing.T) {
	d := newTestDoc()
	for p := 1; p <= 3; p++ {
		d.page(text("F2", 9, 72, 800, cjk("洪泽区人民政府信息公开")) +
			text("F2", 9, 480, 820, cjk("第"+[]string{"１", "２", "３"}[p-1]+"页")) +
			text("F2", 12, 72, 600, cjk("第"+[]string{"一", "二", "三"}[p-1]+"页总计")) +
			text("F1", 9, 280, 40, latin(fmt.Sprintf("%d/3", p))))
	}
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"第一页总计", "第二页总计", "第三页总计"}
	got := lines(doc.Text)
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if strings.TrimSpace(got[i]) != want[i] {
			t.Errorf("line %d = %q, want %q", i+1, got[i], want[i])
		}
		if loc := doc.LocOf(doc.Lines[i].Text); loc.Page != i+1 {
			t.Errorf("line %d is on page %d, want %d", i+1, loc.Page, i+1)
		}
	}
}

func TestLexer(t *testing.T) {
	l := &lexer{b: []byte(`/F#201 12 Tf (a\(b\)\101\n) <48 65 6c6> [(x) -250 (y)] -.5 3. --2 <</K [1 2]>> BDC ) } true % comment
Tj`)}
	var got []string
	for {
		tk, op := l.next()
		if tk == tEOF {
			break
		}
		switch {
		case tk == tOperator:
			got = append(got, "op:"+op.s)
		case tk == tOperand && op.kind == kNumber:
			got = append(got, fmt.Sprintf("n:%g", op.num))
		case tk == tOperand:
			got = append(got, fmt.Sprintf("%d:%q", op.kind, op.s))
		case tk == tArrayOpen:
			got = append(got, fmt.Sprintf("arr:%d", len(readArray(l, 1))))
		case tk == tDictOpen:
			skipDict(l)
			got = append(got, "dict")
		}
	}
	want := []string{`1:"F 1"`, "n:12", "op:Tf", `2:"a(b)A\n"`, "2:\"Hel`\"", "arr:3", "n:-0.5", "n:3", "n:0", "dict", "op:BDC", `4:"true"`, "op:Tj"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// returns fails the test when fn, which should take no time, has not
// returned after ten seconds: it loops for ever or nearly.
func returns(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s does not return", what)
	}
}

// TestLongNumber checks that a malformed number of a megabyte is read
// as its longest prefix that is a number, without a wait.
func TestLongNumber(t *testing.T) {
	l := &lexer{b: []byte("1.5" + strings.Repeat("-", 1<<20) + " 2")}
	var got []float64
	returns(t, "the lexer", func() {
		for tk, op := l.next(); tk != tEOF; tk, op = l.next() {
			got = append(got, op.num)
		}
	})
	if len(got) != 2 || got[0] != 1.5 || got[1] != 2 {
		t.Errorf("got %v, want [1.5 2]", got)
	}
}

func TestInlineImageSkipped(t *testing.T) {
	l := &lexer{b: []byte("BI /W 2 /H 1 ID \x00EI\xffEIx EI Q")}
	l.next() // BI
	for {
		if tk, op := l.next(); tk == tOperator && op.s == "ID" {
			break
		}
	}
	l.skipInlineImage()
	if tk, op := l.next(); tk != tOperator || op.s != "Q" {
		t.Errorf("after the image: %v %q", tk, op.s)
	}
}

func TestParseCMap(t *testing.T) {
	m := parseCMap([]byte(`/CIDInit /ProcSet findresource begin
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0013> <0030> <0100> <D835DC00> endbfchar
2 beginbfrange <0430> <0432> <4E00> <0500> <0501> [<6D2A> <6CFD>] endbfrange
1 begincidrange <0020> <0030> 100 endcidrange
/WMode 1 def
endcmap`))
	tests := []struct {
		code uint32
		want string
		ok   bool
	}{
		{0x13, "0", true},
		{0x100, "\U0001D400", true},
		{0x430, "一", true},
		{0x432, "丂", true},
		{0x501, "泽", true},
		{0x433, "", false},
	}
	for _, tc := range tests {
		got, ok := m.text(tc.code, 2)
		if got != tc.want || ok != tc.ok {
			t.Errorf("code %04X: got %q %v, want %q %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
	if n := m.split("\x04\x30\x00"); n != 2 {
		t.Errorf("split: %d", n)
	}
	if cid, ok := m.cid(0x25, 2); !ok || cid != 105 {
		t.Errorf("cid: %d %v", cid, ok)
	}
	if !m.vertical {
		t.Error("WMode 1 not read")
	}
}

func TestUnifyHan(t *testing.T) {
	for in, want := range map[string]string{"⾏政": "行政", "\uF900": "豈", "公开": "公开", "A": "A"} {
		if got := unifyHan(in); got != want {
			t.Errorf("unifyHan(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGlyphNames(t *testing.T) {
	for name, want := range map[string]rune{"A": 'A', "zero": '0', "hyphen": '-', "quotedblleft": '“', "uni6D2A": '洪', "u1F600": '😀', "a.sc": 'a', "Euro": '€', "space": ' '} {
		if got, ok := glyphRune(name); !ok || got != want {
			t.Errorf("%s: got %q %v", name, got, ok)
		}
	}
	if _, ok := glyphRune("g123"); ok {
		t.Error("g123 has no rune")
	}
	if len(upperNames) != 128 || len(asciiNames) != 95 {
		t.Errorf("name tables: %d %d", len(upperNames), len(asciiNames))
	}
}

// TestPredefinedCMaps checks the text of composite fonts encoded with a
// predefined Unicode or GBK CMap and no ToUnicode CMap: codes are cut at
// the CMap's lengths (a UTF-16 surrogate pair is one code, an ASCII byte in
// GBK is one) and decoded by its encoding.
func TestPredefinedCMaps(t *testing.T) {
	tests := []struct{ cmap, raw, want string }{
		{"UniGB-UCS2-H", "\x6D\x2A\x6C\xFD", "洪泽"},
		{"UniGB-UTF16-H", "\x6D\x2A\xD8\x35\xDC\x00", "洪\U0001D400"},
		{"UniGB-UTF8-H", "洪泽", "洪泽"},
		{"UniGB-UTF32-H", "\x00\x00\x6D\x2A", "洪"},
		{"GBK-EUC-H", "\xBA\xE9A\xD4\xF3", "洪A泽"},
	}
	for _, tc := range tests {
		f := &font{kind: fontType0}
		(&document{}).predefinedCMap(f, tc.cmap)
		var got []string
		for c := range f.codes(tc.raw) {
			got = append(got, c.text)
		}
		if want := strings.Split(tc.want, ""); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", tc.cmap, got, want)
		}
	}
}

// TestReadW2 checks the vertical metrics of a CIDFont, "c [w1y vx vy …]"
// and "c1 c2 w1y vx vy", and that a range of CIDs beyond any font's, whose
// ends a float64 cannot step between, is passed over.
func TestReadW2(t *testing.T) {
	a := types.Array{
		types.Integer(1), types.Array{types.Integer(10), types.Integer(20), types.Integer(30), types.Integer(40), types.Integer(50), types.Integer(60)},
		types.Integer(1 << 53), types.Integer(1<<53 + 7), types.Integer(1), types.Integer(2), types.Integer(3),
		types.Integer(5), types.Integer(7), types.Integer(-1000), types.Integer(500), types.Integer(880),
	}
	var m map[uint32][3]float64
	returns(t, "readW2", func() { m = (&document{}).readW2(a) })
	want := map[uint32][3]float64{
		1: {10, 20, 30}, 2: {40, 50, 60},
		5: {-1000, 500, 880}, 6: {-1000, 500, 880}, 7: {-1000, 500, 880},
	}
	if !maps.Equal(m, want) {
		t.Errorf("got %v, want %v", m, want)
	}
}

// TestNoToUnicode checks a composite font without a ToUnicode CMap: its
// characters are read from the embedded TrueType program's cmap; without
// one the text cannot be read.
func TestNoToUnicode(t *testing.T) {
	tt, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	var codes strings.Builder
	codes.WriteByte('<')
	for _, r := range "Hi 2024" {
		gid, err := tt.GlyphIndex(&buf, r)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&codes, "%04X", gid)
	}
	codes.WriteByte('>')
	build := func(embed bool) []byte {
		d := newTestDoc()
		desc := "<< /Type /FontDescriptor /FontName /GoRegular /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"
		if embed {
			ff := d.f.stream("", goregular.TTF, true)
			desc = strings.Replace(desc, ">>", fmt.Sprintf("/FontFile2 %d 0 R >>", ff), 1)
		}
		fd := d.f.add(desc)
		cid := d.f.add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GoRegular /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 500 /CIDToGIDMap /Identity >>", fd))
		f3 := d.f.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /GoRegular /Encoding /Identity-H /DescendantFonts [%d 0 R] >>", cid))
		res := d.f.add(fmt.Sprintf("<< /Font << /F3 %d 0 R >> >>", f3))
		c := d.f.stream("", []byte(text("F3", 12, 72, 700, codes.String())), false)
		d.addPage(res, fmt.Sprintf("%d 0 R", c), 0)
		return d.bytes()
	}
	doc, err := Extract(build(true))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(doc.Text); got != "Hi 2024" {
		t.Errorf("text: %q", got)
	}
	_, err = Extract(build(false))
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "map none of its 7 glyphs") {
		t.Errorf("got %v, want ErrNoText", err)
	}
}

// TestScanned checks that a document of images only is refused, and that
// an image-only page among text pages is noted.
func TestScanned(t *testing.T) {
	d := newTestDoc()
	d.page("q 595 0 0 842 0 0 cm /Im1 Do Q")
	d.page("q 595 0 0 842 0 0 cm /Im1 Do Q")
	_, err := Extract(d.bytes())
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "2 of 2 pages are images only") {
		t.Fatalf("got %v, want ErrNoText", err)
	}

	d = newTestDoc()
	d.page(text("F2", 12, 72, 700, cjk("一二三")))
	d.page("q 595 0 0 842 0 0 cm /Im1 Do Q")
	d.page(text("F2", 12, 72, 700, cjk("四五六")))
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Notes) != 1 || doc.Notes[0].Loc.Page != 2 || doc.Notes[0].Code != report.NoteUnreadable {
		t.Fatalf("notes: %+v", doc.Notes)
	}
	if got := lines(doc.Text); len(got) != 2 {
		t.Errorf("text: %q", doc.Text)
	}
}

func TestEncrypted(t *testing.T) {
	for _, name := range []string{"encrypted-aes256.pdf", "encrypted-rc4.pdf"} {
		_, err := Extract(readFixture(t, name))
		if !errors.Is(err, ErrEncrypted) || !strings.HasPrefix(err.Error(), "encrypted PDF: ") {
			t.Errorf("%s: got %v, want ErrEncrypted", name, err)
		}
	}
	// Encrypted with an owner password only: it opens.
	doc, err := Extract(readFixture(t, "owner-password-only.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(doc.Text) != "Annual report 2024: 21 applications" {
		t.Errorf("text: %q", doc.Text)
	}
}

func TestTruncated(t *testing.T) {
	data := readFixture(t, "huaian-gov-2024.pdf")
	for _, frac := range []float64{0, 0.001, 0.1, 0.5, 0.9, 0.999} {
		n := int(float64(len(data)) * frac)
		_, err := Extract(data[:n])
		if !errors.Is(err, ErrDamaged) {
			t.Errorf("cut at %d bytes: got %v, want ErrDamaged", n, err)
		}
	}
}

// TestDamaged checks files whose structure is broken: random bytes after a
// header, and a real file with a hole in the middle.
func TestDamaged(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	junk := make([]byte, 200_000)
	rng.Read(junk)
	data := readFixture(t, "hongze-gov-2023.pdf")
	holed := append(append([]byte{}, data[:len(data)/3]...), data[2*len(data)/3:]...)
	var noPages pdfFile
	cases := map[string][]byte{
		"no page tree":                   noPages.bytes(noPages.add("<< /Type /Catalog >>")),
		"random after header":            append([]byte("%PDF-1.7\n"), junk...),
		"random after header with %%EOF": append(append([]byte("%PDF-1.4\n"), junk...), "\n%%EOF\n"...),
		"hole in the middle":             holed,
		"no header":                      []byte("hello"),
	}
	for name, data := range cases {
		_, err := Extract(data)
		// A recovered panic would be an ErrDamaged too, but not a clear one.
		if !errors.Is(err, ErrDamaged) || strings.Contains(err.Error(), "could not be read") {
			t.Errorf("%s: got %v, want a clear ErrDamaged", name, err)
		}
	}
}

// TestMissingPage checks that a page the page tree counts but does not
// have is named once in the error.
func TestMissingPage(t *testing.T) {
	d := newTestDoc()
	d.page(text("F1", 10, 72, 700, latin("x")))
	d.f.set(d.parent, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 2 >>", d.pages[0]))
	root := d.f.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", d.parent))
	_, err := Extract(d.f.bytes(root))
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "page 2: ") || strings.Count(err.Error(), "page 2") != 1 {
		t.Errorf("got %v, want ErrDamaged naming page 2 once", err)
	}
}

// TestCorruptedBytes flips bytes of a real file at random: whatever the
// damage, Extract returns text or an error, and never panics.
func TestCorruptedBytes(t *testing.T) {
	orig := readFixture(t, "hongze-gov-2023.pdf")
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 60; i++ {
		data := append([]byte{}, orig...)
		for k := 0; k < 1+rng.Intn(20); k++ {
			data[rng.Intn(len(data)-16)] = byte(rng.Intn(256))
		}
		doc, err := Extract(data)
		if err == nil && doc == nil || err != nil && doc != nil {
			t.Fatalf("run %d: doc %v, err %v", i, doc != nil, err)
		}
		if err != nil && !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNoText) && !errors.Is(err, ErrTooComplex) {
			t.Errorf("run %d: unclassified error %v", i, err)
		}
	}
}

// TestLimits checks that hostile files stop at a limit with a clear error.
func TestLimits(t *testing.T) {
	small := DefaultLimits()
	small.MaxStreamBytes = 1 << 20
	small.MaxOperators = 10_000

	bomb := newTestDoc()
	bomb.page(strings.Repeat(" ", 8<<20) + text("F1", 10, 72, 700, latin("x")))

	ops := newTestDoc()
	ops.page(strings.Repeat("q Q ", 20_000))

	pages := newTestDoc()
	for i := 0; i < 5; i++ {
		pages.page(text("F1", 10, 72, 700, latin("x")))
	}
	fewPages := DefaultLimits()
	fewPages.MaxPages = 4

	many := newTestDoc()
	for i := 0; i < 5; i++ {
		many.page(strings.Repeat(" ", 900<<10) + text("F1", 10, 72, 700, latin("x")))
	}
	budget := small
	budget.MaxDecodedBytes = 3 << 20

	cases := []struct {
		name string
		data []byte
		lim  Limits
		want string
	}{
		{"decompression bomb", bomb.bytes(), small, "decompressed stream"},
		{"too many operators", ops.bytes(), small, "operators"},
		{"too many pages", pages.bytes(), fewPages, "pages"},
		{"too much decompressed in all", many.bytes(), budget, "bytes of decompressed streams"},
	}
	for _, tc := range cases {
		_, err := ExtractWithLimits(context.Background(), tc.data, tc.lim)
		if !errors.Is(err, ErrTooComplex) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want ErrTooComplex about %s", tc.name, err, tc.want)
		}
	}
}

// TestSlowGlyphs checks that the limits hold within one string, whose
// glyphs are slow to look up: the font's encoding CMap has the most CID
// ranges read, none of them the code shown a million times, so that each
// glyph is looked for in all of them.
func TestSlowGlyphs(t *testing.T) {
	d := newTestDoc()
	var cm strings.Builder
	cm.WriteString("1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	fmt.Fprintf(&cm, "%d begincidrange\n%s endcidrange\n", maxCMapEntries, strings.Repeat("<0001> <0001> 1\n", maxCMapEntries))
	enc := d.f.stream("/Type /CMap /CMapName /Slow", []byte(cm.String()), true)
	cid := d.f.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Slow /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>")
	f := d.f.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /Slow /Encoding %d 0 R /DescendantFonts [%d 0 R] >>", enc, cid))
	res := d.f.add(fmt.Sprintf("<< /Font << /F3 %d 0 R >> >>", f))
	c := d.f.stream("", []byte(text("F3", 12, 72, 700, "<"+strings.Repeat("0000", 1_000_000)+">")), true)
	d.addPage(res, fmt.Sprintf("%d 0 R", c), 0)
	data := d.bytes()

	fewGlyphs := DefaultLimits()
	fewGlyphs.MaxGlyphs = 1000
	shortTime := DefaultLimits()
	shortTime.Timeout = 200 * time.Millisecond
	cases := []struct {
		name string
		lim  Limits
		want string
	}{
		{"too many glyphs", fewGlyphs, "more than 1000 glyphs"},
		{"too long", shortTime, "took too long"},
	}
	for _, tc := range cases {
		var err error
		returns(t, tc.name, func() { _, err = ExtractWithLimits(context.Background(), data, tc.lim) })
		if !errors.Is(err, ErrTooComplex) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want ErrTooComplex: %s", tc.name, err, tc.want)
		}
	}
}

// TestHostileContent checks content that would recurse without end: a form
// XObject that draws itself, deeply nested arrays and dictionaries, and
// stray delimiters.
func TestHostileContent(t *testing.T) {
	d := newTestDoc()
	form := d.f.reserve()
	d.f.set(form, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X %d 0 R >> >> /Length 6 >>\nstream\n/X Do\n\nendstream", form))
	page := d.f.stream("", []byte(fmt.Sprintf("%s /X Do %s %s %s",
		text("F2", 12, 72, 700, cjk("一二三")),
		strings.Repeat(")", 100_000), strings.Repeat("<<", 100_000), strings.Repeat("[", 200_000))), false)
	res := d.f.add(fmt.Sprintf("<< /XObject << /X %d 0 R >> /Font << /F2 %d 0 R >> >>", form, d.f2))
	d.addPage(res, fmt.Sprintf("%d 0 R", page), 0)
	doc, err := Extract(d.bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(doc.Text); got != "一二三" {
		t.Errorf("text: %q", got)
	}
}

// TestObjectStreams checks that objects packed in object streams are read,
// and that an object stream decompressing beyond the limit is refused
// before pdfcpu decodes it.
func TestObjectStreams(t *testing.T) {
	d := newTestDoc()
	d.page(text("F2", 12, 72, 700, cjk("一二三")))
	packed := d.bytesPacked(1000)
	od, err := openDocument(context.Background(), packed, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if od.decoded < 1000 {
		t.Errorf("the object stream was not measured: %d bytes", od.decoded)
	}
	doc, err := Extract(packed)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(doc.Text); got != "一二三" {
		t.Errorf("text: %q", got)
	}

	d = newTestDoc()
	d.page(text("F2", 12, 72, 700, cjk("一二三")))
	_, err = Extract(d.bytesPacked(objectStreamLimit + 1))
	if !errors.Is(err, ErrTooComplex) || !strings.Contains(err.Error(), "object stream") {
		t.Errorf("got %v, want ErrTooComplex", err)
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, name := range []string{"hongze-gov-2023.pdf", "huaian-gov-2024.pdf"} {
		data := readFixture(b, name)
		b.Run(strings.TrimSuffix(name, ".pdf"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				if _, err := Extract(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzExtract checks that no input panics or escapes the error kinds.
func FuzzExtract(f *testing.F) {
	d := newTestDoc()
	d.page(text("F2", 12, 72, 700, cjk("一二三")) + text("F1", 10, 300, 700, latin("12 (x)")))
	f.Add(d.bytes())
	f.Add(d.bytesPacked(10))
	f.Add(readFixture(f, "owner-password-only.pdf"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Extract(data)
		if err == nil && doc == nil {
			t.Fatal("no document and no error")
		}
		if err != nil && !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNoText) && !errors.Is(err, ErrTooComplex) && !errors.Is(err, ErrEncrypted) {
			t.Fatalf("unclassified error %v", err)
		}
		if err == nil && strings.Count(doc.Text, "\n") != doc.NumLines {
			t.Fatalf("%d lines, NumLines %d", strings.Count(doc.Text, "\n"), doc.NumLines)
		}
	})
}

// FuzzContent runs content streams through the interpreter.
func FuzzContent(f *testing.F) {
	f.Add([]byte(text("F2", 12, 72, 700, cjk("一二三")) + "q 1 0 0 1 5 5 cm [(a) -300 (b)] TJ Q BI /W 1 ID x EI"))
	f.Add([]byte("BT /F1 12 Tf 0 1 -1 0 100 100 Tm (x) ' 1 2 (y) \" T* ET"))
	f.Fuzz(func(t *testing.T, content []byte) {
		d := newTestDoc()
		d.page(string(content))
		_, err := ExtractWithLimits(context.Background(), d.bytes(), Limits{
			MaxPages: 2, MaxObjects: 1000, MaxStreamBytes: 1 << 20, MaxDecodedBytes: 4 << 20,
			MaxOperators: 100_000, MaxGlyphs: 100_000, ReadFactor: 32,
		})
		// The file is sound: a panic could only come from the interpreter.
		if err != nil && strings.Contains(err.Error(), "could not be read") {
			t.Fatal(err)
		}
	})
}
