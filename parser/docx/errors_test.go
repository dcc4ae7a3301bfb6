package docx_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/docx"
)

func TestBadInput(t *testing.T) {
	doc := document(text("一、总体情况"))
	zeros := make([]byte, 1<<20)
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		lim  *docx.Limits // nil: the default limits
		kind error
		msg  string // what the message says
	}{
		{
			name: "zip bomb: document.xml declares more than the limit",
			data: func(t *testing.T) []byte {
				return zipRaw(t, honest(t, "_rels/.rels", packageRels("word/document.xml")),
					rawEntry{name: "word/document.xml", compressed: deflate(t, zeros, 100), size: 100 << 20})
			},
			kind: docx.ErrZipBomb,
			msg:  "zip bomb: word/document.xml declares 100 MB uncompressed (the limit is 64 MB)",
		},
		{
			name: "zip bomb: the entries declare more than the total limit",
			data: func(t *testing.T) []byte {
				return zipRaw(t, honest(t, "word/document.xml", doc),
					rawEntry{name: "word/media/image1.png", compressed: deflate(t, zeros, 1), size: 2 << 30})
			},
			kind: docx.ErrZipBomb,
			msg:  "zip bomb: the archive declares more than 1.0 GB uncompressed",
		},
		{
			name: "zip bomb: document.xml expands far beyond the size its header declares",
			data: func(t *testing.T) []byte {
				// 80 MB of zeros, more than the limit, declared as 1 KB.
				return zipRaw(t, rawEntry{name: "word/document.xml", compressed: deflate(t, zeros, 80), size: 1 << 10})
			},
			kind: docx.ErrZipBomb,
			msg:  "zip bomb: word/document.xml expands beyond the 1 KB its zip header declares",
		},
		{
			name: "too many entries",
			data: func(t *testing.T) []byte {
				return zipOf(t, entry{"word/document.xml", doc}, entry{"a", ""}, entry{"b", ""}, entry{"c", ""})
			},
			lim:  &docx.Limits{MaxEntries: 3, MaxTotalSize: 1 << 20, MaxPartSize: 1 << 20, MaxDepth: 50, MaxLines: 10, MaxCells: 10},
			kind: docx.ErrZipBomb,
			msg:  "zip bomb: the archive has more than 3 entries",
		},
		{
			name: "a zip archive without a document",
			data: func(t *testing.T) []byte {
				return zipOf(t, entry{"hello.txt", "你好"}, entry{"img/a.png", "PNG"})
			},
			kind: docx.ErrNotWord,
			msg:  "not a Word document: the zip archive has no word/document.xml",
		},
		{
			name: "an Excel workbook",
			data: func(t *testing.T) []byte {
				return zipOf(t, entry{"[Content_Types].xml", contentTypes}, entry{"xl/workbook.xml", "<workbook/>"})
			},
			kind: docx.ErrNotWord,
			msg:  "not a Word document: it is an Excel workbook (.xlsx); save the report as .docx",
		},
		{
			name: "an OpenDocument text",
			data: func(t *testing.T) []byte {
				return zipOf(t, entry{"mimetype", "application/vnd.oasis.opendocument.text"}, entry{"content.xml", "<office:document-content/>"})
			},
			kind: docx.ErrNotWord,
			msg:  "not a Word document: it is an OpenDocument file; save the report as .docx",
		},
		{
			name: "document.xml that is not WordprocessingML",
			data: func(t *testing.T) []byte {
				return zipOf(t, entry{"word/document.xml", `<?xml version="1.0"?><html><body>报告</body></html>`})
			},
			kind: docx.ErrNotWord,
			msg:  "not a Word document: word/document.xml holds <html> instead of a WordprocessingML document",
		},
		{
			name: "a truncated zip",
			data: func(t *testing.T) []byte {
				b := wordFile(t, text("一、总体情况"))
				return b[:len(b)*2/3]
			},
			kind: docx.ErrDamaged,
			msg:  "damaged DOCX: not a readable zip archive, truncated or corrupt (zip: not a valid zip file)",
		},
		{
			name: "corrupt compressed data",
			data: func(t *testing.T) []byte {
				return zipRaw(t, rawEntry{name: "word/document.xml", compressed: []byte("\xff\xff\xff\xff not deflate"), size: 100})
			},
			kind: docx.ErrDamaged,
			msg:  "damaged DOCX: cannot read word/document.xml: flate: corrupt input before offset",
		},
		{
			name: "document.xml ends early",
			data: func(t *testing.T) []byte {
				return zipOf(t, entry{"word/document.xml", doc[:len(doc)/2]})
			},
			kind: docx.ErrDamaged,
			msg:  "damaged DOCX: word/document.xml is not well-formed XML (line 2: unexpected EOF)",
		},
		{
			name: "XML that is not well-formed",
			data: func(t *testing.T) []byte {
				return zipOf(t, entry{"word/document.xml", document(`<w:p><w:r><w:t>一</w:r></w:p>`)})
			},
			kind: docx.ErrDamaged,
			msg:  "damaged DOCX: word/document.xml is not well-formed XML (line 2: element <t> closed by </r>)",
		},
		{
			name: "an undefined entity (no DTD is expanded)",
			data: func(t *testing.T) []byte {
				xml := `<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>` + "\n" +
					`<w:document ` + namespaces + `><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`
				return zipOf(t, entry{"word/document.xml", xml})
			},
			kind: docx.ErrDamaged,
			msg:  "damaged DOCX: word/document.xml is not well-formed XML",
		},
		{
			name: "deeply nested XML",
			data: func(t *testing.T) []byte {
				const n = 100000
				return wordFile(t, strings.Repeat("<w:customXml>", n)+strings.Repeat("</w:customXml>", n))
			},
			kind: docx.ErrTooDeep,
			msg:  "deeply nested XML: word/document.xml nests elements more than 256 deep",
		},
		{
			name: "a span that would blow the grid up",
			data: func(t *testing.T) []byte {
				return wordFile(t, tbl(tr(cell(`<w:gridSpan w:val="999999999999"/>`, "甲"))))
			},
			kind: docx.ErrTooLarge,
			msg:  "document too large: more than 1000000 table cells",
		},
		{
			name: "too many lines",
			data: func(t *testing.T) []byte {
				return wordFile(t, strings.Repeat(para(), 11))
			},
			lim:  &docx.Limits{MaxEntries: 10, MaxTotalSize: 1 << 20, MaxPartSize: 1 << 20, MaxDepth: 50, MaxLines: 10, MaxCells: 10},
			kind: docx.ErrTooLarge,
			msg:  "document too large: more than 10 lines",
		},
		{
			name: "an encrypted entry",
			data: func(t *testing.T) []byte {
				e := honest(t, "word/document.xml", doc)
				e.flags = 0x1
				return zipRaw(t, e)
			},
			kind: docx.ErrEncrypted,
			msg:  "encrypted DOCX: word/document.xml is encrypted",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data(t)
			var err error
			if tt.lim != nil {
				_, err = docx.ExtractLimits(data, *tt.lim)
			} else {
				_, err = docx.Extract(data)
			}
			t.Log(err)
			if !errors.Is(err, tt.kind) {
				t.Fatalf("err = %v, want %v", err, tt.kind)
			}
			if !strings.HasPrefix(err.Error(), tt.msg) {
				t.Errorf("err = %q, want it to start with %q", err, tt.msg)
			}
		})
	}
}

// The parser wraps the errors into input errors naming the file, of the
// kind that says the problem in the user's language.
func TestParseInputErrors(t *testing.T) {
	bomb := zipRaw(t, rawEntry{name: "word/document.xml", compressed: deflate(t, make([]byte, 1<<20), 1), size: 1 << 40})
	locked := honest(t, "word/document.xml", document(text("一、总体情况")))
	locked.flags = 0x1
	tests := []struct {
		name string
		path string
		data []byte
		kind string
		msg  string
	}{
		{"not a zip archive", "report.docx", []byte("二〇二四年政府信息公开工作年度报告"), parser.KindNotDOCX, "report.docx: not a DOCX file: it is not a zip archive"},
		{"a zip bomb", "bomb.docx", bomb, parser.KindZipBomb, "bomb.docx: zip bomb: the archive declares more than 1.0 GB uncompressed"},
		{"a zip that is not a Word document", "notes.docx", zipOf(t, entry{"notes.txt", "x"}), parser.KindNotDOCX, "notes.docx: not a Word document: the zip archive has no word/document.xml"},
		{"an encrypted document", "locked.docx", zipRaw(t, locked), parser.KindEncrypted, "locked.docx: encrypted DOCX: word/document.xml is encrypted"},
		{"XML nested too deeply", "deep.docx", wordFile(t, strings.Repeat("<w:customXml>", 300)+strings.Repeat("</w:customXml>", 300)), parser.KindTooLarge, "deep.docx: deeply nested XML: word/document.xml nests elements more than 256 deep"},
		{"an empty document part", "empty.docx", zipOf(t, entry{"word/document.xml", ""}), parser.KindDamaged, "empty.docx: damaged DOCX: word/document.xml ends too early"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parser.Parse(tt.path, tt.data)
			var ie *parser.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an input error", err)
			}
			if ie.Kind != tt.kind {
				t.Errorf("kind = %q, want %q", ie.Kind, tt.kind)
			}
			if err.Error() != tt.msg {
				t.Errorf("err = %q, want %q", err, tt.msg)
			}
		})
	}
}
