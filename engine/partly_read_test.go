package engine_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestPartOfTheFileNotRead checks that what the parser could not read is
// a diagnostic at the place reading stopped, not lost in silence, and that
// the report around it is still checked.
func TestPartOfTheFileNotRead(t *testing.T) {
	e := newEngine(t, engine.Options{})
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "000_55d435d651c286e9.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(seed), "\n")
	data := append(append([]byte{}, seed...), "\n"+strings.Repeat("规章 | ", 5000)+"\n"...)
	res, err := e.LintBytes(context.Background(), "wide.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, d := range res.Diagnostics {
		if d.Rule != "parse/partly-read" {
			continue
		}
		found = true
		if d.Message != "此行表格的单元格远多于任何年度报告，只读取了前2000个，其余未参加检查" {
			t.Errorf("message %q", d.Message)
		}
		if d.Location.Line != lines+2 {
			t.Errorf("at line %d, want %d", d.Location.Line, lines+2)
		}
	}
	if !found {
		t.Errorf("no parse/partly-read among %v", findings(res))
	}
	// The report is still checked: what it gives alone it gives here.
	got := findings(res)
	for _, d := range findings(lintFile(t, e, filepath.Join("..", "testdata", "seeds", "000_55d435d651c286e9.txt"))) {
		if !slices.Contains(got, d) {
			t.Errorf("missing %s", d)
		}
	}
}
