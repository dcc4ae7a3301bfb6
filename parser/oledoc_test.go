package parser_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// TestOLEFiles: OLE compound files are Word 97–2003 documents when named
// .doc or when they hold a WordDocument stream (as the .wps of WPS 文字
// do); the others say what they are.
func TestOLEFiles(t *testing.T) {
	read := func(dir, name string) []byte {
		data, err := os.ReadFile(filepath.Join("..", "testdata", dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	word := read("libreoffice", "002-writer.doc")
	tests := []struct {
		path         string
		data         []byte
		kind, format string
		says         string
	}{
		{"report.wps", word, "", report.FormatDOC, ""},
		{"report", word, "", report.FormatDOC, ""},
		{"old.wps", read("doc", "not-word.wps"), parser.KindLegacyWord, "", "without a Word-compatible WordDocument stream"},
		{"draft.doc", read("doc", "encrypted.doc"), parser.KindEncrypted, report.FormatDOC, "encrypted"},
		{"draft.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), parser.KindDamaged, report.FormatDOC, "cut short"},
		{"old.wps", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), parser.KindDamaged, "", "cut short"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			doc, err := parser.Parse(tt.path, tt.data)
			if tt.kind == "" {
				if err != nil || doc.Source.Format != tt.format || doc.Title == nil || !strings.Contains(doc.Title.Text, "桓仁满族自治县") {
					t.Fatalf("err %v, doc %+v; want a %s document with its title", err, doc, tt.format)
				}
				return
			}
			var ie *parser.InputError
			if !errors.As(err, &ie) || ie.Kind != tt.kind || ie.Format != tt.format || !strings.Contains(ie.Reason, tt.says) {
				t.Fatalf("err %#v; want an InputError of kind %s, format %q, saying %q", err, tt.kind, tt.format, tt.says)
			}
		})
	}
}
