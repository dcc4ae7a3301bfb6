package docx_test

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/docx"
	"github.com/nianbao/nianbao/report"
)

// The Word document of seed 000: the same report as the plain text, with
// real tables (three w:tbl) instead of pipe rows.
const (
	corpusDocx = "../../testdata/docx/changji-fgw-2024.docx"
	corpusSeed = "../../testdata/seeds/000_55d435d651c286e9.txt"
)

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func parse(t *testing.T, path string) *report.Document {
	t.Helper()
	doc, err := parser.Parse(path, readFile(t, path))
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return doc
}

// withoutLocations returns the document as JSON values without its source
// and without any location (loc, end, sentence_loc and the like).
func withoutLocations(t *testing.T, doc *report.Document) map[string]any {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	delete(v, "source")
	return stripLocs(v).(map[string]any)
}

func stripLocs(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if isLoc(e) {
				delete(x, k)
				continue
			}
			x[k] = stripLocs(e)
		}
	case []any:
		for i, e := range x {
			x[i] = stripLocs(e)
		}
	}
	return v
}

// isLoc reports whether v is a report.Loc.
func isLoc(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for _, k := range []string{"line", "column", "end_line", "end_column"} {
		if _, ok := m[k]; !ok {
			return false
		}
	}
	return true
}

func TestCorpusMatchesSeed(t *testing.T) {
	fromWord := parse(t, corpusDocx)
	fromText := parse(t, corpusSeed)

	// The comparison below is not vacuous: the report is read in full.
	if got := len(fromWord.Sections); got != 6 {
		t.Fatalf("%d sections, want 6", got)
	}
	if fromWord.Tables.Active == nil || fromWord.Tables.Applications == nil || fromWord.Tables.Review == nil {
		t.Fatal("a table is missing")
	}
	// "一、本年新收政府信息公开申请数量 | 7 | 0 | 0 | 0 | 0 | 0 | 7" in the
	// Word document's table 三.
	if c := fromWord.Tables.Applications.Rows["new_received"]["total"]; c.Value == nil || *c.Value != 7 {
		t.Errorf("new_received.total = %+v, want 7", c)
	}
	if fromWord.Contact == nil || len(fromWord.Contact.Phones) != 1 || fromWord.Contact.Phones[0].Value != "0994-2524371" {
		t.Errorf("contact = %+v", fromWord.Contact)
	}
	if fromWord.Published == nil || fromWord.Published.Date != "2025-01-19" {
		t.Errorf("published = %+v", fromWord.Published)
	}
	// 19 paragraphs and 14 + 28 + 4 table rows.
	src := fromWord.Source
	if src.Format != report.FormatDOCX || src.Encoding != "utf-8" || src.Paragraphs != 65 || src.Lines != 65 {
		t.Errorf("source = %+v", src)
	}

	a, b := withoutLocations(t, fromWord), withoutLocations(t, fromText)
	if !reflect.DeepEqual(a, b) {
		for k := range b {
			if !reflect.DeepEqual(a[k], b[k]) {
				ja, _ := json.MarshalIndent(a[k], "", " ")
				jb, _ := json.MarshalIndent(b[k], "", " ")
				t.Errorf("%s differs:\nfrom Word: %s\nfrom text: %s", k, ja, jb)
			}
		}
	}
}

// Locations point into the extracted text and carry the paragraph.
func TestCorpusLocations(t *testing.T) {
	data := readFile(t, corpusDocx)
	d, err := docx.Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, corpusDocx)
	tests := []struct {
		what string
		loc  report.Loc
		text string
		want report.Loc
	}{
		// The third paragraph of the body: after the title and the preamble.
		{"heading 一", doc.Sections[0].Loc, "一、总体情况", report.Loc{Line: 3, Column: 1, EndLine: 3, EndColumn: 7, Paragraph: 3}},
		// Table 三's fourth row, after 9 paragraphs, the 14 rows of table 二
		// and the heading of section 三: "一、本年新收政府信息公开申请数量 | 7 | …".
		{"table 三 new_received.natural_person", doc.Tables.Applications.Rows["new_received"]["natural_person"].Loc, "7", report.Loc{Line: 28, Column: 20, EndLine: 28, EndColumn: 21, Paragraph: 28}},
	}
	for _, tt := range tests {
		if tt.loc != tt.want {
			t.Errorf("%s: loc = %+v, want %+v", tt.what, tt.loc, tt.want)
		}
		if got := locText(d, tt.loc); got != tt.text {
			t.Errorf("%s: the text at its loc is %q, want %q", tt.what, got, tt.text)
		}
	}
}

func BenchmarkExtractCorpus(b *testing.B) {
	data := readFile(b, corpusDocx)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := docx.Extract(data); err != nil {
			b.Fatal(err)
		}
	}
}
