package docx_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"hash/crc32"
	"strconv"
	"strings"
	"testing"
)

// Test documents are written in Go: the XML of a body, wrapped in a
// document part and zipped in memory with the parts Word writes.

const namespaces = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`

// packageRels points the package at its main part.
func packageRels(target string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="` + target + `"/>
</Relationships>`
}

// document returns a document part holding body.
func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document ` + namespaces + `><w:body>` + body + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
}

type entry struct{ name, data string }

// zipOf zips entries in memory, deflated.
func zipOf(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordFile returns a .docx whose body is body.
func wordFile(t testing.TB, body string) []byte {
	t.Helper()
	return zipOf(t,
		entry{"[Content_Types].xml", contentTypes},
		entry{"_rels/.rels", packageRels("word/document.xml")},
		entry{"word/document.xml", document(body)},
	)
}

// rawEntry is a zip entry whose header says what the test wants, whatever
// its data.
type rawEntry struct {
	name       string
	compressed []byte // deflated data
	size       uint64 // the uncompressed size the header declares
	crc        uint32
	flags      uint16
}

// zipRaw zips entries with the headers they give.
func zipRaw(t testing.TB, entries ...rawEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: e.name, Method: zip.Deflate, Flags: e.flags, CRC32: e.crc,
			CompressedSize64: uint64(len(e.compressed)), UncompressedSize64: e.size,
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(e.compressed); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// deflate compresses n copies of chunk.
func deflate(t testing.TB, chunk []byte, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		if _, err := fw.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// honest returns a raw entry whose header tells the truth about data.
func honest(t testing.TB, name, data string) rawEntry {
	return rawEntry{name: name, compressed: deflate(t, []byte(data), 1), size: uint64(len(data)), crc: crc32.ChecksumIEEE([]byte(data))}
}

// XML of body content.

func esc(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic(err)
	}
	return b.String()
}

// run is a run of text.
func run(s string) string {
	return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>`
}

// para is a paragraph of the given content (runs and the like).
func para(content ...string) string {
	return `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>` + strings.Join(content, "") + `</w:p>`
}

// text is a paragraph holding s in one run.
func text(s string) string { return para(run(s)) }

// tc is a table cell with properties (inside w:tcPr) and content.
func tc(props string, content ...string) string {
	if len(content) == 0 {
		content = []string{para()}
	}
	return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>` + props + `</w:tcPr>` + strings.Join(content, "") + `</w:tc>`
}

// cell is a table cell holding s in one paragraph.
func cell(props, s string) string { return tc(props, text(s)) }

func span(n int) string { return `<w:gridSpan w:val="` + strconv.Itoa(n) + `"/>` }

// Vertical merges: the first cell, and the cells continuing it.
const (
	vRestart  = `<w:vMerge w:val="restart"/>`
	vContinue = `<w:vMerge/>`
)

// tr is a table row of cells.
func tr(cells ...string) string { return `<w:tr><w:trPr/>` + strings.Join(cells, "") + `</w:tr>` }

// tbl is a table of rows.
func tbl(rows ...string) string {
	return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}
