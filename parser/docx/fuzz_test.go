package docx_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser/docx"
	"github.com/nianbao/nianbao/parser/layout"
)

// FuzzExtract: whatever the bytes, Extract returns a document or an error,
// and a document's lines agree with its text.
func FuzzExtract(f *testing.F) {
	f.Add(readFile(f, corpusDocx))
	f.Add(wordFile(f, templateReport(applicationRows())))
	f.Add(zipOf(f, entry{"word/document.xml", document(text("一") + tbl(tr(cell(vRestart+span(2), "甲")), tr(tc(vContinue+span(2)))))}))
	f.Add([]byte("PK\x03\x04"))
	lim := docx.DefaultLimits()
	lim.MaxPartSize = 4 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := docx.ExtractLimits(data, lim)
		if err != nil {
			return
		}
		if n := strings.Count(d.Text, "\n"); n != d.NumLines || n != len(d.Lines) {
			t.Fatalf("NumLines %d, %d lines, %d in the text", d.NumLines, len(d.Lines), n)
		}
		for i, l := range d.Lines {
			if !l.Text.IsEmpty() && l.Text.Start() != (layout.Pos{Line: i + 1, Col: 1}) {
				t.Fatalf("line %d starts at %v", i+1, l.Text.Start())
			}
			for _, c := range l.Cells {
				if c.Dup || c.Text.IsEmpty() {
					continue
				}
				s := c.Text.String()
				if got := textAt(d, c.Text.Start(), len([]rune(s))); got != layout.FoldString(s) {
					t.Fatalf("line %d: cell %q stands at %v, where the text holds %q", i+1, s, c.Text.Start(), got)
				}
			}
		}
	})
}
