package parser_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/decode"
	"github.com/nianbao/nianbao/report"
)

func TestEmptyAndTitleOnly(t *testing.T) {
	tests := []struct {
		name  string
		data  string
		title string
	}{
		{"empty", "", ""},
		{"blank lines", "\n\n  \r\n\u3000\n", ""},
		{"title only", "桓仁满族自治县2024年政府信息公开工作年度报告\n", "桓仁满族自治县2024年政府信息公开工作年度报告"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parser.Parse("in.txt", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Sections) != 0 || doc.Tables.Active != nil || doc.Tables.Applications != nil || doc.Tables.Review != nil {
				t.Errorf("found sections or tables in %q", tt.data)
			}
			if doc.Template != report.TemplateUnknown {
				t.Errorf("template = %s, want unknown", doc.Template)
			}
			got := ""
			if doc.Title != nil {
				got = doc.Title.Text
			}
			if got != tt.title {
				t.Errorf("title = %q, want %q", got, tt.title)
			}
		})
	}
}

func TestBinaryIsAnInputError(t *testing.T) {
	data := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")
	_, err := parser.Parse("logo.txt", data)
	var ie *parser.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an InputError", err)
	}
	if !errors.Is(err, decode.ErrBinary) || !strings.Contains(err.Error(), "logo.txt") {
		t.Errorf("error %q should name the file and say it is binary", err)
	}
}

func TestSniffByContent(t *testing.T) {
	tests := []struct {
		path, data, format string
		fails              bool
	}{
		{"a.txt", "<!DOCTYPE html><html><body><p>一、总体情况</p></body></html>", report.FormatHTML, false},
		{"a.txt", "一、总体情况\n<不是标签>", report.FormatText, false},
		{"a.docx", "not a zip", "", true},
		{"a.pdf", "not a pdf", "", true},
		{"a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", report.FormatDOC, false},
		{"a.wps", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "", true},
		{"report", "%PDF-1.7\n", report.FormatPDF, false},
		{"report.txt", "PK\x03\x04rest", report.FormatDOCX, false},
	}
	for _, tt := range tests {
		got, err := parser.Sniff(tt.path, []byte(tt.data))
		if tt.fails {
			if !parser.IsInputError(err) || !strings.Contains(err.Error(), tt.path) {
				t.Errorf("Sniff(%s) err = %v, want an InputError naming the file", tt.path, err)
			}
			continue
		}
		if err != nil || got != tt.format {
			t.Errorf("Sniff(%s, %.20q) = %s, %v; want %s", tt.path, tt.data, got, err, tt.format)
		}
	}
}

// TestEncodingsGiveTheSameDocument parses seed 002 as UTF-8, GBK and UTF-16
// and expects the same document apart from source.
func TestEncodingsGiveTheSameDocument(t *testing.T) {
	want := parseSeed(t, seed002)
	utf8Data, err := readSeed(seed002)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(utf8Data)
	if err != nil {
		t.Fatal(err)
	}
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(utf8Data)
	if err != nil {
		t.Fatal(err)
	}
	bom := append([]byte{0xEF, 0xBB, 0xBF}, utf8Data...)
	crlf := bytes.ReplaceAll(utf8Data, []byte("\n"), []byte("\r\n"))
	for name, data := range map[string][]byte{"gbk": gbk, "utf-16le": u16, "utf-8-bom": bom, "crlf": crlf} {
		got, err := parser.Parse(seed002, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		wantEnc := map[string]string{"gbk": "gbk", "utf-16le": "utf-16le", "utf-8-bom": "utf-8", "crlf": "utf-8"}[name]
		if got.Source.Encoding != wantEnc {
			t.Errorf("%s: encoding = %s", name, got.Source.Encoding)
		}
		got.Source, want.Source = report.Source{}, report.Source{}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: document differs from the UTF-8 one", name)
		}
	}
}

// TestLargeRandomText parses 50 MB of random text: a document or a clear
// error, in memory proportional to the input.
func TestLargeRandomText(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	data := randomText(50 << 20)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	doc, err := parser.Parse("random.txt", data)
	runtime.ReadMemStats(&after)
	if err != nil && !parser.IsInputError(err) {
		t.Fatalf("err = %v", err)
	}
	if err == nil && (len(doc.Sections) != 0 || doc.Tables.Applications != nil) {
		t.Errorf("random text yielded sections or tables")
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 40*uint64(len(data)) {
		t.Errorf("allocated %d MB for %d MB of input", alloc>>20, len(data)>>20)
	}
}

// randomText returns n bytes of random UTF-8 text: CJK, digits, pipes,
// spaces and line breaks.
func randomText(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("一二三四五六七八九十年月日政府信息公开报告情况总计规章|0123456789 ,.。、()\n\n")
	var b bytes.Buffer
	b.Grow(n + 4)
	for b.Len() < n {
		b.WriteRune(alphabet[r.IntN(len(alphabet))])
	}
	return b.Bytes()
}

func readSeed(name string) ([]byte, error) {
	return os.ReadFile(seedPath(name))
}
