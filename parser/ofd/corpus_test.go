package ofd_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/ofd"
)

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// realFiles are the OFDs of testdata/ofd/real (made by other producers,
// see the README there), with their pages and a line each is known to
// hold, as its words read with the spaces between them left out.
var realFiles = []struct {
	name  string
	pages int
	line  string
}{
	{"helloworld.ofd", 1, "你好呀,OFDReader&Writer!"},
	{"helloworld_with_pageblock.ofd", 1, "你好呀,OFDReader&Writer!"},
	{"multiKeywordInTextCode.ofd", 1, "打发打发打发打发打发哈哈打发哈哈哈哈哈哈哈哈哈打发"},
	{"keyword2.ofd", 2, "重庆市马上融资担保有限公司"},
	{"path_unstd.ofd", 2, "立案决定书"},
	{"hello.ofd", 2, "拿来主义"},
	{"no_page_container.ofd", 1, "上海增值税电子普通发票"},
	{"n.ofd", 2, "关于同意张阿三同志辞职的批复"},
	{"999.ofd", 5, "重庆增值税电子普通发票"},
}

// TestRealFiles reads OFDs made by other producers — page templates,
// PageBlocks, locations from the root of the package or outside the page
// directories, several namespaces, signatures and seals — and checks that
// each reads without error, its pages in order.
func TestRealFiles(t *testing.T) {
	for _, tc := range realFiles {
		t.Run(tc.name, func(t *testing.T) {
			data := readFile(t, filepath.Join("..", "..", "testdata", "ofd", "real", tc.name))
			doc, err := ofd.Extract(data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Pages != tc.pages {
				t.Errorf("%d pages, want %d", doc.Pages, tc.pages)
			}
			found := false
			for _, l := range doc.Lines {
				if strings.Join(strings.Fields(l.Text.String()), "") == tc.line {
					found = true
				}
				if p := doc.LocOf(l.Text).Page; p < 1 || p > doc.Pages {
					t.Errorf("line %q on page %d", l.Text.String(), p)
				}
			}
			if !found {
				t.Errorf("no line %q in:\n%s", tc.line, doc.Text)
			}
			if _, err := parser.Parse(tc.name, data); err != nil {
				t.Errorf("Parse: %v", err)
			}
		})
	}
}

// committedFiles are the OFDs of testdata/ofd and testdata/ofd/real.
func committedFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"*.ofd", "real/*.ofd"} {
		m, err := filepath.Glob(filepath.Join("..", "..", "testdata", "ofd", pattern))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d OFDs under testdata/ofd", len(files))
	}
	return files
}

// TestBrokenCopies reads copies of every committed OFD cut short at many
// places, with bytes overwritten, and with each part cut short or missing:
// each reads, or gives an error of the package, and never panics.
func TestBrokenCopies(t *testing.T) {
	for _, path := range committedFiles(t) {
		data := readFile(t, path)
		var copies [][]byte
		for i := 1; i < 40; i++ {
			copies = append(copies, data[:len(data)*i/40])
			b := bytes.Clone(data)
			for k := i; k < len(b); k += 997 {
				b[k] ^= 0x5a
			}
			copies = append(copies, b)
		}
		for name, content := range entriesOf(t, data) {
			for _, cut := range []int{0, len(content) / 3, len(content) - 1} {
				copies = append(copies, replaced(t, data, name, content[:max(cut, 0)]))
			}
			copies = append(copies, replaced(t, data, name, nil))
		}
		for _, c := range copies {
			checkExtract(t, filepath.Base(path), c)
		}
	}
}

// checkExtract reads data, and fails the test on a panic or on an error
// that wraps none of the package's.
func checkExtract(t *testing.T, name string, data []byte) {
	t.Helper()
	doc, err := ofd.Extract(data)
	switch {
	case err == nil:
		if n := strings.Count(doc.Text, "\n"); n != doc.NumLines || n != len(doc.Lines) {
			t.Fatalf("%s: NumLines %d, %d lines, %d in the text", name, doc.NumLines, len(doc.Lines), n)
		}
	case strings.Contains(err.Error(), "could not be read ("):
		t.Fatalf("%s: a panic: %v", name, err)
	case !errors.Is(err, ofd.ErrDamaged) && !errors.Is(err, ofd.ErrEncrypted) && !errors.Is(err, ofd.ErrZipBomb) &&
		!errors.Is(err, ofd.ErrTooLarge) && !errors.Is(err, ofd.ErrNoText):
		t.Fatalf("%s: an error of no kind: %v", name, err)
	}
}

// entriesOf returns the entries of a zip archive by name.
func entriesOf(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		m[f.Name] = b
	}
	return m
}

// replaced returns the archive with the entry name holding content
// instead, or left out for nil.
func replaced(t testing.TB, data []byte, name string, content []byte) []byte {
	t.Helper()
	var entries []entry
	for n, b := range entriesOf(t, data) {
		switch {
		case n != name:
			entries = append(entries, entry{n, string(b)})
		case content != nil:
			entries = append(entries, entry{n, string(content)})
		}
	}
	return zipOf(t, entries...)
}
