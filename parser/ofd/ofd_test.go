package ofd_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"regexp"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/ofd"
	"github.com/nianbao/nianbao/report"
)

func extract(t *testing.T, data []byte) []string {
	t.Helper()
	doc, err := ofd.Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != report.FormatOFD {
		t.Errorf("format %q", doc.Format)
	}
	return strings.Split(strings.TrimSuffix(doc.Text, "\n"), "\n")
}

// squeeze writes runs of spaces as one space, and two or more (a column
// gap) as " | ".
func squeeze(s string) string {
	s = regexp.MustCompile(` {2,}`).ReplaceAllString(strings.TrimSpace(s), " | ")
	return s
}

// TestLines checks that characters are placed from X, DeltaX (also "g n
// d") and the Boundary, grouped into lines top to bottom, and that cells
// set apart on a line, each its own TextObject or one TextCode whose
// DeltaX jumps over the gap, are kept apart by a column gap while the
// characters of a word touch.
func TestLines(t *testing.T) {
	data := ofdFile(t,
		text(60, 40, 7.76, "2024年政府信息公开工作年度报告")+
			text(28, 60, 5.6, "一、总体情况")+
			// Cells, each a TextObject, drawn right to left.
			text(140, 80, 3.7, "5")+text(100, 80, 3.7, "0")+text(28, 80, 3.7, "规章")+
			// One TextCode: 行政许可 3.7 apart, then 60 mm on to 11.
			`<ofd:TextObject ID="5" Boundary="28 90 150 5" Font="1" Size="3.7"><ofd:TextCode X="0" Y="3.7" DeltaX="g 3 3.7 60 1.85">行政许可11</ofd:TextCode></ofd:TextObject>`+
			// Justified text: characters a little more than an em apart.
			`<ofd:TextObject ID="6" Boundary="28 100 150 6" Font="1" Size="5.6"><ofd:TextCode X="0" Y="5" DeltaX="g 5 5.9">统计期限自</ofd:TextCode></ofd:TextObject>`)
	got := extract(t, data)
	want := []string{"2024年政府信息公开工作年度报告", "一、总体情况", "规章 | 0 | 5", "行政许可 | 11", "统计期限自"}
	if len(got) != len(want) {
		t.Fatalf("lines %q, want %q", got, want)
	}
	for i := range want {
		if squeeze(got[i]) != want[i] {
			t.Errorf("line %d = %q, want %q", i+1, got[i], want[i])
		}
	}
}

// TestCTM checks that a TextObject's CTM maps its X, Y, DeltaX and Size
// (here points, as some producers write them) onto the page, after its
// own translation, before the Boundary's offset.
func TestCTM(t *testing.T) {
	data := ofdFile(t,
		// 12 pt characters at 28 mm, baseline at 55 mm: 28 + 0.3528 × 0,
		// 50 + 0.3528 × 14.17.
		`<ofd:TextObject ID="1" CTM="0.3528 0 0 0.3528 0 0" Boundary="28 50 60 6" Font="1" Size="12"><ofd:TextCode X="0" Y="14.17" DeltaX="g 3 12">主动公开</ofd:TextCode></ofd:TextObject>`+
			// Translated by the CTM onto the same baseline, 40 mm to the right.
			`<ofd:TextObject ID="2" CTM="1 0 0 1 40 20" Boundary="28 30 60 6" Font="1" Size="4.2"><ofd:TextCode X="0" Y="5">情况</ofd:TextCode></ofd:TextObject>`+
			// Scaled by two: 4 mm characters become 8 mm, an em apart.
			`<ofd:TextObject ID="3" CTM="2 0 0 2 0 0" Boundary="28 80 100 10" Font="1" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="4">总计</ofd:TextCode></ofd:TextObject>`)
	got := extract(t, data)
	want := []string{"主动公开 | 情况", "总计"}
	if len(got) != 2 || squeeze(got[0]) != want[0] || squeeze(got[1]) != want[1] {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// TestTextCodeInherits checks that a TextCode without X or Y takes those
// of the TextCode before it in its TextObject.
func TestTextCodeInherits(t *testing.T) {
	data := ofdFile(t, `<ofd:TextObject ID="1" Boundary="50 50 100 30" Font="1" Size="5"><ofd:TextCode X="0" Y="5">第一行</ofd:TextCode><ofd:TextCode Y="15">第二行</ofd:TextCode><ofd:TextCode X="30">续</ofd:TextCode></ofd:TextObject>`+
		text(20, 100, 5, "左边"))
	got := extract(t, data)
	if len(got) != 3 || strings.TrimRight(got[0], " ") != strings.Replace(got[1], "第二行", "第一行", 1)[:len(strings.TrimRight(got[0], " "))] {
		t.Fatalf("lines %q: the second should start where the first does", got)
	}
	if squeeze(got[1]) != "第二行 | 续" {
		t.Errorf("line 2 = %q, want 第二行 and 续 on it", got[1])
	}
}

// TestVertical checks that characters moved down by DeltaY alone stand
// one above the other.
func TestVertical(t *testing.T) {
	got := extract(t, ofdFile(t, `<ofd:TextObject ID="1" Boundary="100 50 6 40" Font="1" Size="5"><ofd:TextCode X="0" Y="5" DeltaY="g 3 6">行政复议</ofd:TextCode></ofd:TextObject>`))
	if strings.Join(got, "/") != "行/政/复/议" {
		t.Errorf("lines %q", got)
	}
}

// TestTemplates checks that the text of the templates a page draws on is
// read with the page's own, also when a template draws on another or on
// itself, and that text repeated in the header of every page is dropped
// as a running header, and page numbers as such.
func TestTemplates(t *testing.T) {
	data := zipOf(t,
		entry{"OFD.xml", mainPart},
		entry{"Doc_0/Document.xml", documentPart(3, 3)},
		// Template 100: a running header; 101 a form's labels, drawing on
		// 102, which draws on itself.
		entry{"Doc_0/Tpls/Tpl_0/Content.xml", page("", text(28, 20, 4, "某某县人民政府信息公开"))},
		entry{"Doc_0/Tpls/Tpl_1/Content.xml", page(`<ofd:Template TemplateID="102"/>`, text(28, 120, 5, "申请人姓名"))},
		entry{"Doc_0/Tpls/Tpl_2/Content.xml", page(`<ofd:Template TemplateID="102"/>`, text(28, 140, 5, "联系电话"))},
		entry{"Doc_0/Pages/Page_0/Content.xml", page(`<ofd:Template TemplateID="100" ZOrder="Background"/><ofd:Template TemplateID="101"/>`,
			text(90, 120, 5, "张三")+text(100, 280, 4, "— 1 —"))},
		entry{"Doc_0/Pages/Page_1/Content.xml", page(`<ofd:Template TemplateID="100"/><ofd:Template TemplateID="404"/>`, text(28, 60, 5, "第二页正文")+text(100, 280, 4, "— 2 —"))},
		entry{"Doc_0/Pages/Page_2/Content.xml", page(`<ofd:Template TemplateID="100"/>`, text(28, 60, 5, "第三页正文")+text(100, 280, 4, "— 3 —"))},
	)
	doc, err := ofd.Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Lines {
		got = append(got, fmt.Sprintf("p%d %s", doc.LocOf(l.Text).Page, squeeze(l.Text.String())))
	}
	want := []string{"p1 申请人姓名 | 张三", "p1 联系电话", "p2 第二页正文", "p3 第三页正文"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPageBox checks that positions are taken from the origin of the
// page's ApplicationBox, and that its PhysicalBox or the document's page
// area stands in without one: a lone number centred at the foot of the
// box is a page number, one beside the centre is not.
func TestPageBox(t *testing.T) {
	body := text(128, 100, 5, "正文") + text(202, 280, 4, "3")
	for _, tc := range []struct {
		name, area string
		dropped    bool
	}{
		{"the application box", `<ofd:Area><ofd:PhysicalBox>0 0 400 297</ofd:PhysicalBox><ofd:ApplicationBox>100 0 210 297</ofd:ApplicationBox></ofd:Area>`, true},
		{"the physical box", `<ofd:Area><ofd:PhysicalBox>100 0 210 297</ofd:PhysicalBox></ofd:Area>`, true},
		{"the document's page area", ``, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", documentPart(1, 0)},
				entry{"Doc_0/Pages/Page_0/Content.xml", page(tc.area, body)})
			got := extract(t, data)
			if dropped := len(got) == 1; dropped != tc.dropped {
				t.Errorf("lines %q: the page number dropped %v, want %v", got, dropped, tc.dropped)
			}
		})
	}
}

// TestLocations checks that locations carry the page, and that a page
// number at the foot of each page is dropped.
func TestLocations(t *testing.T) {
	data := ofdFile(t,
		text(28, 40, 5, "一、总体情况")+text(100, 280, 4, "— 1 —"),
		text(28, 40, 5, "二、主动公开政府信息情况")+text(28, 50, 5, "规章")+text(100, 280, 4, "— 2 —"))
	doc, err := ofd.Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Pages != 2 || len(doc.Lines) != 3 {
		t.Fatalf("%d pages, lines %q", doc.Pages, doc.Text)
	}
	for i, want := range []int{1, 2, 2} {
		if loc := doc.LocOf(doc.Lines[i].Text); loc.Page != want || loc.Line != i+1 {
			t.Errorf("line %d at %+v, want page %d", i+1, loc, want)
		}
	}
}

// TestUnreadable checks the notes of what is not read: a page that is an
// image only, characters of the Private Use Area.
func TestUnreadable(t *testing.T) {
	image := `<ofd:ImageObject ID="7" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="3"/>`
	doc, err := ofd.Extract(ofdFile(t, text(28, 40, 5, "一、总体情况\ue001\ue002"), image))
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, n := range doc.Notes {
		notes = append(notes, fmt.Sprintf("%s p%d %d", n.Reason, n.Loc.Page, n.Count))
	}
	want := []string{report.ReasonUndecodable + " p1 2", report.ReasonScannedPage + " p2 0"}
	if strings.Join(notes, ", ") != strings.Join(want, ", ") {
		t.Errorf("notes %q, want %q", notes, want)
	}
	if strings.TrimSpace(doc.Text) != "一、总体情况" {
		t.Errorf("text %q", doc.Text)
	}
}

// rawZip builds an archive whose entries' headers say what the test wants:
// a declared size, the encryption flag.
type rawEntry struct {
	name     string
	data     []byte
	declared uint64 // 0: the real size
	flags    uint16
}

func rawZip(t *testing.T, entries ...rawEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		var c bytes.Buffer
		fw, err := flate.NewWriter(&c, flate.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(e.data)
		fw.Close()
		size := e.declared
		if size == 0 {
			size = uint64(len(e.data))
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Flags: e.flags, CRC32: crc32.ChecksumIEEE(e.data),
			CompressedSize64: uint64(c.Len()), UncompressedSize64: size})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(c.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestBadInput checks that damaged, encrypted and hostile files give the
// error that says so, and through parser.Extract the kind of input error.
func TestBadInput(t *testing.T) {
	good := ofdFile(t, text(28, 40, 5, "一、总体情况"))
	onePage := page("", text(28, 40, 5, "一、总体情况"))
	doc1 := documentPart(1, 0)
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		lim  func(*ofd.Limits)
		err  error
		kind string // of parser.Extract, with the default limits
		msg  string
	}{
		{"not a zip archive", func(*testing.T) []byte { return []byte("PK\x03\x04 not really") }, nil, ofd.ErrDamaged, parser.KindDamaged, "not a readable zip archive"},
		{"truncated", func(*testing.T) []byte { return good[:len(good)/2] }, nil, ofd.ErrDamaged, parser.KindDamaged, "not a readable zip archive"},
		{"no OFD.xml", func(t *testing.T) []byte { return zipOf(t, entry{"Doc_0/Document.xml", doc1}) }, nil, ofd.ErrDamaged, parser.KindDamaged, "the zip archive has no OFD.xml"},
		{"OFD.xml not XML", func(t *testing.T) []byte { return zipOf(t, entry{"OFD.xml", "<ofd:OFD><oops"}) }, nil, ofd.ErrDamaged, parser.KindDamaged, "OFD.xml is not well-formed XML"},
		{"OFD.xml of something else", func(t *testing.T) []byte { return zipOf(t, entry{"OFD.xml", "<html/>"}) }, nil, ofd.ErrDamaged, parser.KindDamaged, "OFD.xml is not what an OFD has there"},
		{"no DocRoot", func(t *testing.T) []byte {
			return zipOf(t, entry{"OFD.xml", `<ofd:OFD ` + ns + `><ofd:DocBody/></ofd:OFD>`})
		}, nil, ofd.ErrDamaged, parser.KindDamaged, "names no document"},
		{"no Document.xml", func(t *testing.T) []byte { return zipOf(t, entry{"OFD.xml", mainPart}) }, nil, ofd.ErrDamaged, parser.KindDamaged, "the document Doc_0/Document.xml named in OFD.xml is missing"},
		{"a page missing", func(t *testing.T) []byte {
			return zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", documentPart(2, 0)}, entry{"Doc_0/Pages/Page_0/Content.xml", onePage})
		}, nil, ofd.ErrDamaged, parser.KindDamaged, "page 2 (Pages/Page_1/Content.xml) is missing"},
		{"a page cut short", func(t *testing.T) []byte {
			return zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", doc1}, entry{"Doc_0/Pages/Page_0/Content.xml", onePage[:len(onePage)-30]})
		}, nil, ofd.ErrDamaged, parser.KindDamaged, "page 1: damaged OFD: Doc_0/Pages/Page_0/Content.xml"},
		{"an empty page", func(t *testing.T) []byte {
			return zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", doc1}, entry{"Doc_0/Pages/Page_0/Content.xml", ""})
		}, nil, ofd.ErrDamaged, parser.KindDamaged, "Content.xml is empty"},
		{"a template missing", func(t *testing.T) []byte {
			return zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", documentPart(1, 1)},
				entry{"Doc_0/Pages/Page_0/Content.xml", page(`<ofd:Template TemplateID="100"/>`, "")})
		}, nil, ofd.ErrDamaged, parser.KindDamaged, "the template Tpls/Tpl_0/Content.xml is missing"},
		{"Encryptions.xml", func(t *testing.T) []byte {
			return zipOf(t, entry{"Encryptions.xml", `<ofd:Encryptions ` + ns + `><ofd:EncryptInfo ID="1"/></ofd:Encryptions>`}, entry{"Doc_0/entriesmap.dat", "\x01\x02"})
		}, nil, ofd.ErrEncrypted, parser.KindEncrypted, "encrypted OFD: it cannot be opened without its key"},
		{"an encrypted entry", func(t *testing.T) []byte {
			return rawZip(t, rawEntry{name: "OFD.xml", data: []byte(mainPart), flags: 1})
		}, nil, ofd.ErrEncrypted, parser.KindEncrypted, "OFD.xml is encrypted"},
		{"a page declaring more than the limit", func(t *testing.T) []byte {
			return rawZip(t, rawEntry{name: "OFD.xml", data: []byte(mainPart)}, rawEntry{name: "Doc_0/Document.xml", data: []byte(doc1)},
				rawEntry{name: "Doc_0/Pages/Page_0/Content.xml", data: []byte(onePage), declared: 100 << 20})
		}, nil, ofd.ErrZipBomb, parser.KindZipBomb, "declares 100 MB uncompressed (the limit is 64 MB)"},
		{"a page expanding beyond what it declares", func(t *testing.T) []byte {
			big := []byte(page("", strings.Repeat(text(28, 40, 5, "一"), 100000)))
			return rawZip(t, rawEntry{name: "OFD.xml", data: []byte(mainPart)}, rawEntry{name: "Doc_0/Document.xml", data: []byte(doc1)},
				rawEntry{name: "Doc_0/Pages/Page_0/Content.xml", data: big, declared: 1 << 10})
		}, nil, ofd.ErrZipBomb, parser.KindZipBomb, "expands beyond the 1 KB its zip header declares"},
		{"too many entries", func(*testing.T) []byte { return good }, func(l *ofd.Limits) { l.MaxEntries = 2 }, ofd.ErrZipBomb, "", "the archive has more than 2 entries"},
		{"too many pages", func(*testing.T) []byte { return ofdFile(t, "", "", "") }, func(l *ofd.Limits) { l.MaxPages = 2 }, ofd.ErrTooLarge, "", "more than 2 pages"},
		{"too many characters", func(*testing.T) []byte { return good }, func(l *ofd.Limits) { l.MaxGlyphs = 5 }, ofd.ErrTooLarge, "", "more than 5 characters"},
		{"nested too deeply", func(t *testing.T) []byte {
			deep := strings.Repeat("<ofd:PageBlock>", 300) + text(28, 40, 5, "深") + strings.Repeat("</ofd:PageBlock>", 300)
			return ofdFile(t, deep)
		}, nil, ofd.ErrTooLarge, parser.KindTooLarge, "nests XML elements deeper than 256"},
		{"one page read for every page", func(t *testing.T) []byte {
			var doc strings.Builder
			doc.WriteString(`<ofd:Document ` + ns + `><ofd:Pages>`)
			for i := range 50 {
				fmt.Fprintf(&doc, `<ofd:Page ID="%d" BaseLoc="Pages/Page_0/Content.xml"/>`, i)
			}
			doc.WriteString(`</ofd:Pages></ofd:Document>`)
			rules := strings.Repeat(`<ofd:PathObject ID="3" Boundary="0 0 10 10"><ofd:AbbreviatedData>M 0 0 L 10 10</ofd:AbbreviatedData></ofd:PathObject>`, 1000)
			return zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", doc.String()}, entry{"Doc_0/Pages/Page_0/Content.xml", page("", text(28, 40, 5, "一")+rules)})
		}, func(l *ofd.Limits) { l.MaxReadBytes = 1 << 20 }, ofd.ErrTooLarge, "", "more than 1 MB of XML to read"},
		{"mismatched end tags", func(t *testing.T) []byte {
			return zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", doc1}, entry{"Doc_0/Pages/Page_0/Content.xml", strings.Replace(onePage, "</ofd:Layer>", "</ofd:Page>", 1)})
		}, nil, ofd.ErrDamaged, parser.KindDamaged, "</Page> closes no element it opened"},
		{"no text", func(t *testing.T) []byte { return ofdFile(t, "", "") }, nil, ofd.ErrNoText, parser.KindNoText, "no page has any text"},
		{"a scan", func(t *testing.T) []byte {
			return ofdFile(t, `<ofd:ImageObject ID="7" CTM="210 0 0 297 0 0" Boundary="0 0 210 297" ResourceID="3"/>`)
		}, nil, ofd.ErrNoText, parser.KindNoText, "a scanned OFD without a text layer (1 of 1 pages are images only)"},
		{"no pages", func(t *testing.T) []byte { return ofdFile(t) }, nil, ofd.ErrNoText, parser.KindNoText, "the document has no pages"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data(t)
			lim := ofd.DefaultLimits()
			if tc.lim != nil {
				tc.lim(&lim)
			}
			_, err := ofd.ExtractLimits(data, lim)
			if !errors.Is(err, tc.err) {
				t.Fatalf("error %v, want %v", err, tc.err)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
			if tc.kind == "" {
				return
			}
			_, err = parser.Extract("report.ofd", data)
			var ie *parser.InputError
			if !errors.As(err, &ie) || ie.Kind != tc.kind || ie.Format != report.FormatOFD {
				t.Errorf("parser.Extract: %#v, want an input error of kind %s", err, tc.kind)
			}
		})
	}
}

// TestSniff checks that a zip archive with OFD.xml (or Encryptions.xml) at
// its root is an OFD whatever its name, and that a file named .ofd is
// read as one.
func TestSniff(t *testing.T) {
	good := ofdFile(t, text(28, 40, 5, "一、总体情况"))
	for _, tc := range []struct {
		name   string
		data   []byte
		format string
		kind   string // of the error of parser.Extract
	}{
		{"report.ofd", good, report.FormatOFD, ""},
		{"report.zip", good, report.FormatOFD, ""},
		{"report", good, report.FormatOFD, ""},
		{"report.docx", good, report.FormatOFD, ""},
		{"encrypted.zip", zipOf(t, entry{"Encryptions.xml", "<Encryptions/>"}), report.FormatOFD, parser.KindEncrypted},
		{"archive.ofd", zipOf(t, entry{"readme.txt", "hello"}), report.FormatOFD, parser.KindDamaged},
		{"report.ofd", []byte("一、总体情况\n"), "", parser.KindDamaged},
		{"archive.zip", zipOf(t, entry{"readme.txt", "hello"}), report.FormatDOCX, parser.KindNotDOCX},
	} {
		format, err := parser.Sniff(tc.name, tc.data)
		if err == nil && format != tc.format {
			t.Errorf("%s: format %q, want %q", tc.name, format, tc.format)
		}
		_, err = parser.Extract(tc.name, tc.data)
		var ie *parser.InputError
		switch {
		case tc.kind == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.kind != "" && (!errors.As(err, &ie) || ie.Kind != tc.kind):
			t.Errorf("%s: %v, want an input error of kind %s", tc.name, err, tc.kind)
		}
	}
}
