package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// pdfFile builds small PDF files for tests: objects are added in order and
// numbered from 1; bytes writes them with a valid cross-reference table.
type pdfFile struct {
	objs []string
}

// add appends an object and returns its number.
func (f *pdfFile) add(obj string) int {
	f.objs = append(f.objs, obj)
	return len(f.objs)
}

// reserve appends a placeholder to be set later, for objects that refer
// to each other.
func (f *pdfFile) reserve() int { return f.add("null") }

func (f *pdfFile) set(n int, obj string) { f.objs[n-1] = obj }

// stream appends a stream object, Flate-compressed when deflate is true.
func (f *pdfFile) stream(dict string, data []byte, deflate bool) int {
	if deflate {
		data = zlibBytes(data)
		dict += " /Filter /FlateDecode"
	}
	return f.add(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
}

// zlibBytes returns data compressed with zlib, as FlateDecode reads it.
func zlibBytes(data []byte) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// bytes writes the file with root as the catalog.
func (f *pdfFile) bytes(root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(f.objs))
	for i, o := range f.objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(f.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(f.objs)+1, root, xref)
	return b.Bytes()
}

// testDoc is a document of A4 pages with two fonts: /F1, a simple font
// whose glyphs are all 500 units wide, and /F2, a composite Identity-H font
// of 1000-unit glyphs whose CIDs map to the runes of cjkChars.
type testDoc struct {
	f      pdfFile
	pages  []int
	parent int
	res    int
	f2     int // the composite font
}

// cjkChars are the characters /F2 can show: CID i+1 is cjkChars[i].
var cjkChars = []rune("洪泽区人民政府年报告一二三四五六七八九十总计规章信息公开工作第页１２３")

func newTestDoc() *testDoc {
	d := &testDoc{}
	d.parent = d.f.reserve()
	widths := strings.TrimSpace(strings.Repeat("500 ", 95))
	f1 := d.f.add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [%s] >>", widths))
	var cm strings.Builder
	cm.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	fmt.Fprintf(&cm, "%d beginbfchar\n", len(cjkChars))
	for i, r := range cjkChars {
		fmt.Fprintf(&cm, "<%04X> <%04X>\n", i+1, r)
	}
	cm.WriteString("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
	toUni := d.f.stream("", []byte(cm.String()), true)
	cid := d.f.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>")
	f2 := d.f.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", cid, toUni))
	d.f2 = f2
	img := d.f.stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0x80}, false)
	d.res = d.f.add(fmt.Sprintf("<< /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << /Im1 %d 0 R >> >>", f1, f2, img))
	return d
}

// cjk returns s as a hex string of /F2 codes.
func cjk(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range s {
		i := strings.IndexRune(string(cjkChars), r)
		if i < 0 {
			panic("cjk: no code for " + string(r))
		}
		fmt.Fprintf(&b, "%04X", len([]rune(string(cjkChars)[:i]))+1)
	}
	b.WriteByte('>')
	return b.String()
}

// page adds a page with the given content stream.
func (d *testDoc) page(content string) { d.rotatedPage(content, 0) }

// rotatedPage adds a page displayed rotated clockwise by rotate degrees.
func (d *testDoc) rotatedPage(content string, rotate int) {
	c := d.f.stream("", []byte(content), true)
	d.addPage(d.res, fmt.Sprintf("%d 0 R", c), rotate)
}

// addPage adds an A4 page with the given resources, contents (a reference
// or an array of them) and rotation.
func (d *testDoc) addPage(res int, contents string, rotate int) {
	d.pages = append(d.pages, d.f.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Rotate %d /Resources %d 0 R /Contents %s >>", d.parent, rotate, res, contents)))
}

// catalog fills in the page tree and adds the catalog; it returns the
// catalog's number.
func (d *testDoc) catalog() int {
	var kids []string
	for _, p := range d.pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	d.f.set(d.parent, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(d.pages)))
	return d.f.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", d.parent))
}

// bytes writes the document.
func (d *testDoc) bytes() []byte { return d.f.bytes(d.catalog()) }

// text returns a content-stream fragment showing s with font at (x, y).
func text(font string, size, x, y float64, s string) string {
	return fmt.Sprintf("BT /%s %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n", font, size, x, y, s)
}

// latin returns s as a literal string for /F1.
func latin(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	return "(" + r.Replace(s) + ")"
}

// bytesObjStm writes the file with the objects packed into one
// Flate-compressed object stream, followed by padding spaces, and a
// cross-reference stream.
func (f *pdfFile) bytesObjStm(root int, packed []int, padding int) []byte {
	in := map[int]int{} // object number → index in the object stream
	var prolog, body strings.Builder
	for i, n := range packed {
		in[n] = i
		fmt.Fprintf(&prolog, "%d %d ", n, body.Len())
		body.WriteString(f.objs[n-1])
		body.WriteByte(' ')
	}
	content := prolog.String() + body.String() + strings.Repeat(" ", padding)
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(f.objs)+2)
	for i, o := range f.objs {
		if _, ok := in[i+1]; ok {
			continue
		}
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	stm := len(f.objs) + 1
	z := zlibBytes([]byte(content))
	offsets[stm-1] = b.Len()
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n",
		stm, len(packed), prolog.Len(), len(z), z)
	xref := stm + 1
	offsets[xref-1] = b.Len()
	var rows bytes.Buffer
	rows.Write([]byte{0, 0, 0, 0, 0, 0xFF, 0xFF})
	for i := range offsets {
		n := i + 1
		if k, ok := in[n]; ok {
			rows.Write([]byte{2, 0, 0, byte(stm >> 8), byte(stm), byte(k >> 8), byte(k)})
			continue
		}
		off := offsets[i]
		rows.Write([]byte{1, byte(off >> 24), byte(off >> 16), byte(off >> 8), byte(off), 0, 0})
	}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n",
		xref, xref+1, root, rows.Len(), rows.Bytes())
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", offsets[xref-1])
	return b.Bytes()
}

// bytesPacked writes the document with its fonts in an object stream.
func (d *testDoc) bytesPacked(padding int) []byte {
	return d.f.bytesObjStm(d.catalog(), []int{d.f2 - 1, d.f2}, padding)
}
