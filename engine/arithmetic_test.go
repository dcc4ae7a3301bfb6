package engine_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// arithmeticSeed is the seed the arithmetic tests change: its tables add up.
const arithmeticSeed = "000_55d435d651c286e9.txt"

// changeCell returns the seed with the text at line:column (1-based, in code
// points) replaced: the character there must be old.
func changeCell(t *testing.T, line, column int, old, repl string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", arithmeticSeed))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	runes := []rune(lines[line-1])
	if got := string(runes[column-1]); got != old {
		t.Fatalf("%d:%d holds %q, want %q", line, column, got, old)
	}
	lines[line-1] = string(runes[:column-1]) + repl + string(runes[column:])
	return []byte(strings.Join(lines, "\n"))
}

// lintChanged lints data and returns the diagnostics of rule.
func lintChanged(t *testing.T, e *engine.Engine, data []byte, rule string) []engine.Diagnostic {
	t.Helper()
	res, err := e.LintBytes(context.Background(), "changed.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	var out []engine.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Rule == rule {
			out = append(out, d)
		}
	}
	return out
}

// TestArithmeticSeedIsClean checks that the unchanged seed breaks no
// arithmetic rule, so that what the other tests find comes from their change.
func TestArithmeticSeedIsClean(t *testing.T) {
	e, err := engine.New(context.Background(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", arithmeticSeed))
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.LintBytes(context.Background(), arithmeticSeed, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Rule, "arithmetic/") {
			t.Errorf("%d:%d %s %s", d.Location.Line, d.Location.Column, d.Rule, d.Message)
		}
	}
}

// TestArithmeticRulesLocateTheChangedCell changes one count of the seed and
// expects exactly one diagnostic of the rule, at the changed cell (on its
// row for table 四, whose diagnostic points at the group total), naming
// both sums.
func TestArithmeticRulesLocateTheChangedCell(t *testing.T) {
	e, err := engine.New(context.Background(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rule         string
		line, column int
		old, repl    string
		sameLineOnly bool
		sums         []string
	}{
		// 一、本年新收 自然人 7 → 8: 8 + 0 ≠ 7 + 0.
		{rule: "arithmetic/application-balance", line: 28, column: 20, old: "7", repl: "8", sums: []string{"（8）", "（7）"}},
		// （一）予以公开 商业企业 0 → 1: （七）总计 0 ≠ 1.
		{rule: "arithmetic/results-sum", line: 30, column: 27, old: "0", repl: "1", sums: []string{"（0）", "（1）"}},
		// （四）1.本机关不掌握 自然人 7 → 6: 总计 7 ≠ 6.
		{rule: "arithmetic/row-sum", line: 40, column: 28, old: "7", repl: "6", sums: []string{"（7）", "（6）"}},
		// 行政复议 结果维持 0 → 1: 总计 0 ≠ 1.
		{rule: "arithmetic/review-sum", line: 57, column: 1, old: "0", repl: "1", sameLineOnly: true, sums: []string{"（0）", "（1）"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			ds := lintChanged(t, e, changeCell(t, tc.line, tc.column, tc.old, tc.repl), tc.rule)
			if len(ds) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %+v", len(ds), ds)
			}
			d := ds[0]
			if d.Severity != engine.SeverityError {
				t.Errorf("severity = %s, want error", d.Severity)
			}
			if d.Location.Line != tc.line || !tc.sameLineOnly && d.Location.Column != tc.column {
				t.Errorf("located at %d:%d, want %d:%d", d.Location.Line, d.Location.Column, tc.line, tc.column)
			}
			for _, s := range tc.sums {
				if !strings.Contains(d.Message, s) {
					t.Errorf("message %q does not name %s", d.Message, s)
				}
			}
		})
	}
}

// TestCellInvalid replaces one count of the seed by a placeholder (a
// warning) or by a negative or fractional number (an error).
func TestCellInvalid(t *testing.T) {
	e, err := engine.New(context.Background(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		repl     string
		severity engine.Severity
	}{
		{"/", engine.SeverityWarning},
		{"-3", engine.SeverityError},
		{"2.5", engine.SeverityError},
	}
	for _, tc := range tests {
		t.Run(tc.repl, func(t *testing.T) {
			// 二、上年结转 自然人.
			ds := lintChanged(t, e, changeCell(t, 29, 20, "0", tc.repl), "arithmetic/cell-invalid")
			if len(ds) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %+v", len(ds), ds)
			}
			d := ds[0]
			if d.Severity != tc.severity {
				t.Errorf("severity = %s, want %s", d.Severity, tc.severity)
			}
			if d.Location.Line != 29 || d.Location.Column != 20 {
				t.Errorf("located at %d:%d, want 29:20", d.Location.Line, d.Location.Column)
			}
			if !strings.Contains(d.Message, "“"+tc.repl+"”") || !strings.Contains(d.Message, "上年结转") || !strings.Contains(d.Message, "自然人") {
				t.Errorf("message %q does not quote the cell with its row and column", d.Message)
			}
		})
	}
}
