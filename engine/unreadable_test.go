package engine_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestUnreadableFiles checks that files that are not reports get one
// parse/unrecognized diagnostic each, saying why in the user's language.
func TestUnreadableFiles(t *testing.T) {
	zh := newEngine(t, engine.Options{})
	en := newEngine(t, engine.Options{Lang: "en"})
	tests := []struct {
		name, path string
		data       []byte
		e          *engine.Engine
		want       string
	}{
		{"binary", "logo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), zh, "文件不是文本"},
		{"binary en", "logo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), en, "the file is not text"},
		{"empty", "empty.txt", nil, zh, "未找到任何章节标题或统计表"},
		{"not a zip", "draft.docx", []byte("just text"), zh, "不是 Word 文档"},
		{"damaged doc", "draft.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), zh, "文件已损坏"},
		{"legacy wps", "draft.wps", readTestdata(t, "doc", "not-word.wps"), zh, "无法读取的旧版 Word 或 WPS 格式"},
		{"encrypted doc", "draft.doc", readTestdata(t, "doc", "encrypted.doc"), en, "the file is encrypted"},
		{"truncated pdf", "r.pdf", []byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"), zh, "文件已损坏"},
		{"prose", "notes.txt", []byte("今天天气很好。\n我们去公园散步。\n"), en, "no section heading and no statistical table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tt.e.LintBytes(context.Background(), tt.path, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Diagnostics) != 1 {
				t.Fatalf("diagnostics = %+v, want one", res.Diagnostics)
			}
			d := res.Diagnostics[0]
			if d.Rule != "parse/unrecognized" || d.Severity != engine.SeverityError || d.Location.Line != 1 || d.Location.Path != tt.path || !strings.Contains(d.Message, tt.want) {
				t.Errorf("diagnostic = %+v, want parse/unrecognized at 1:1 saying %q", d, tt.want)
			}
		})
	}
}

// readTestdata reads a file of testdata/dir.
func readTestdata(t *testing.T, dir, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
