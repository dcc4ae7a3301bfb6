package doc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser/layout"
)

// FuzzDOC: whatever the bytes, Extract returns a document or an error of
// this package, never a panic, and a document's lines agree with its text.
func FuzzDOC(f *testing.F) {
	for _, dir := range []string{"doc", "libreoffice"} {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.doc"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	text := "标题\ra\x13 PAGE \x14b\x15c\x0bd\x0ce\r"
	f.Add(wordFile(docSpec{pieces: []string{text}, ends: paragraphEnds(text, "\r")}))
	f.Add(wordFile(docSpec{pieces: []string{"ascii\r", "中文\r"}, compress: true}))
	f.Add(wordFile(tableDoc([][]string{{"甲", "乙"}, {"", "丙"}}, [][]int{{0, 10, 20}, {0, 10, 20}}, [][]uint16{{tcVertMerge | tcVertRestart}, {tcVertMerge}})))
	f.Add(cfbFile(stream{"CONTENTS", []byte("x")}))
	f.Add([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	lim := DefaultLimits()
	lim.MaxChars = 1 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ExtractLimits(data, lim)
		if err != nil {
			for _, e := range []error{ErrDamaged, ErrEncrypted, ErrLegacy, ErrNotWord, ErrTooLarge} {
				if errors.Is(err, e) {
					return
				}
			}
			t.Fatalf("error %v wraps none of this package's", err)
		}
		if n := strings.Count(d.Text, "\n"); n != d.NumLines || n != len(d.Lines) {
			t.Fatalf("NumLines %d, %d lines, %d in the text", d.NumLines, len(d.Lines), n)
		}
		for i, l := range d.Lines {
			if !l.Text.IsEmpty() && l.Text.Start() != (layout.Pos{Line: i + 1, Col: 1}) {
				t.Fatalf("line %d starts at %v", i+1, l.Text.Start())
			}
			if p := d.PointAt(i + 1).Paragraph; p < 1 || p > d.Paragraphs {
				t.Fatalf("line %d is in paragraph %d of %d", i+1, p, d.Paragraphs)
			}
		}
	})
}
