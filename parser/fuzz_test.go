package parser_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
)

// FuzzParseText feeds arbitrary bytes to the parser: it must never panic,
// and every location it reports must lie inside the text.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{seed000, seed001, seed002, seed003, seed004} {
		data, err := os.ReadFile(seedPath(s))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("一、总体情况\n规章 | 1 | 2 |\n（七）总计 | 3\n"))
	f.Add([]byte("\xff\xfe\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parser.Parse("fuzz.txt", data)
		if err != nil {
			if !parser.IsInputError(err) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		raw, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		var tree any
		if err := json.Unmarshal(raw, &tree); err != nil {
			t.Fatal(err)
		}
		if err := checkLocs("", tree, doc.Source.Lines); err != nil {
			t.Fatal(err)
		}
	})
}

// checkLocs walks a document and checks every loc against the line count.
func checkLocs(path string, v any, lines int) error {
	switch x := v.(type) {
	case map[string]any:
		if l, ok := x["line"].(float64); ok {
			el, _ := x["end_line"].(float64)
			c, _ := x["column"].(float64)
			if l < 0 || int(l) > lines+1 || el < l || l > 0 && c < 1 {
				return fmt.Errorf("%s: bad location %v (text has %d lines)", path, x, lines)
			}
		}
		for k, e := range x {
			if err := checkLocs(path+"."+k, e, lines); err != nil {
				return err
			}
		}
	case []any:
		for i, e := range x {
			if err := checkLocs(fmt.Sprintf("%s[%d]", path, i), e, lines); err != nil {
				return err
			}
		}
	}
	return nil
}

func BenchmarkParseSeeds(b *testing.B) {
	var inputs [][]byte
	for _, s := range []string{seed000, seed001, seed002, seed003, seed004} {
		data, err := os.ReadFile(seedPath(s))
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, data := range inputs {
			if _, err := parser.Parse("seed.txt", data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzSplitCells feeds arbitrary rows to the cell splitter: it must never
// panic, never give more cells than asked, and the cells it reads must be
// the row's own text (their digits, in order, are the row's digits).
func FuzzSplitCells(f *testing.F) {
	f.Add("142000016", 7, false, 0)
	f.Add("20 0 0 0 02", 7, false, 0)
	f.Add("1 02 0 312 00 012 0 00 00", 15, false, 1)
	f.Add("34089", 3, false, 2)
	f.Add("3 1.5万元", 2, true, 2)
	f.Add("1234567890123456789012345678901234567890", 7, false, 0)
	f.Fuzz(func(t *testing.T, row string, n int, amounts bool, which int) {
		n %= 20
		identity := []string{"applications", "review", ""}[(which%3+3)%3]
		parts := strings.Fields(row)
		cells, ok := parser.SplitCellsForTest(parts, n, amounts, identity)
		if !ok {
			return
		}
		if len(cells) != n {
			t.Fatalf("%d cells, asked for %d", len(cells), n)
		}
		if got, want := digitsOf(strings.Join(cells, "")), digitsOf(strings.Join(parts, "")); got != want {
			t.Fatalf("cells %q have digits %q, the row %q", cells, got, want)
		}
	})
}

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
