package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// batchJSON is the json format, as far as the batch summaries show it.
type batchJSON struct {
	Files []struct {
		Path   string
		Format string
		Report *struct {
			Issuer, Kind, Template, Published string
			Year                              *int
		}
		Diagnostics []struct {
			Rule, Severity, Message string
		}
		Error string
	}
}

// lintBatch lints the seeds, a Word file, the PDFs and a path that does
// not exist in the given format, into dir, and returns the file written.
func lintBatch(t *testing.T, dir, format string) string {
	t.Helper()
	out := filepath.Join(dir, "a."+format)
	code, _, errOut := runCmd(t, "", "lint", "-q", "-f", format, "-o", out,
		"../../testdata/seeds", "../../testdata/docx", "../../testdata/pdf", filepath.Join(dir, "missing.txt"))
	// The missing path makes the run exit 2, after every report is written.
	if code != 2 || !strings.Contains(errOut, "missing.txt") {
		t.Fatalf("-f %s: exit %d, stderr %q; want 2 for the missing file", format, code, errOut)
	}
	return out
}

// readBatchJSON lints the batch in the json format.
func readBatchJSON(t *testing.T, dir string) batchJSON {
	t.Helper()
	data, err := os.ReadFile(lintBatch(t, dir, "json"))
	if err != nil {
		t.Fatal(err)
	}
	var js batchJSON
	if err := json.Unmarshal(data, &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Files) < 8 {
		t.Fatalf("%d files linted, want the seeds, a Word file, PDFs and the missing file", len(js.Files))
	}
	return js
}

var batchKindWords = map[string]string{"government": "政府", "department": "部门", "township": "乡镇（街道）", "unknown": "未知"}

// checkReportRows checks a batch summary, header first, against the json
// format of the same run: a row per file in the same order, with its path,
// format, issuer, kind, year, published date, status and counts.
func checkReportRows(t *testing.T, rows [][]string, js batchJSON) {
	t.Helper()
	if len(rows) != len(js.Files)+1 {
		t.Fatalf("%d rows, want a header and %d files", len(rows), len(js.Files))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	get := func(row []string, h string) string {
		i, ok := col[h]
		if !ok {
			t.Fatalf("no column %s in %q", h, rows[0])
		}
		if i >= len(row) {
			return "" // a row read back leaves out its blank cells at the end
		}
		return row[i]
	}
	for i, f := range js.Files {
		row := rows[i+1]
		counts := map[string]int{}
		fired := map[string]int{}
		for _, d := range f.Diagnostics {
			counts[d.Severity]++
			fired[d.Rule]++
		}
		want := map[string]string{
			"路径": f.Path, "格式": f.Format,
			"错误": strconv.Itoa(counts["error"]), "警告": strconv.Itoa(counts["warning"]), "提示": strconv.Itoa(counts["info"]),
			"状态": "已完成检查", "发布机关": "", "类型": "", "年度": "", "发布日期": "",
		}
		if f.Error != "" {
			want["状态"] = "未能完成检查：" + f.Error
		}
		if m := f.Report; m != nil {
			want["发布机关"], want["类型"], want["发布日期"] = m.Issuer, batchKindWords[m.Kind], m.Published
			if m.Year != nil {
				want["年度"] = strconv.Itoa(*m.Year)
			}
		}
		for rule, n := range fired {
			want[rule] = strconv.Itoa(n)
		}
		for h, w := range want {
			if got := get(row, h); got != w {
				t.Errorf("%s: %s = %q, want %q (as in the json format)", f.Path, h, got, w)
			}
		}
	}
}

// TestLintXLSXMatchesJSON lints one batch as json and as xlsx and checks
// that the workbook says what the json says: one row per file, and one
// row per diagnostic and per failed file.
func TestLintXLSXMatchesJSON(t *testing.T) {
	dir := t.TempDir()
	js := readBatchJSON(t, dir)
	f, err := excelize.OpenFile(lintBatch(t, dir, "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "报告" || got[1] != "问题" {
		t.Fatalf("sheets %q", got)
	}
	reports, err := f.GetRows("报告")
	if err != nil {
		t.Fatal(err)
	}
	checkReportRows(t, reports, js)
	// Counts and years are numbers, not text.
	for _, cell := range []string{"D2", "I2"} {
		if typ, err := f.GetCellType("报告", cell); err != nil || (typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset) {
			t.Errorf("%s: cell type %v %v, want a number", cell, typ, err)
		}
	}

	diags, err := f.GetRows("问题")
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) == 0 || strings.Join(diags[0], ",") != "文件,位置,级别,规则,规则标题,问题" {
		t.Fatalf("diagnostics header %q", diags)
	}
	diags = diags[1:]
	for _, file := range js.Files {
		if file.Error != "" {
			if len(diags) == 0 || diags[0][0] != file.Path || len(diags[0]) < 6 || diags[0][3] != "" || diags[0][5] != "未能完成检查："+file.Error {
				t.Fatalf("%s: want the row of its failure first, have %q", file.Path, diags[:min(1, len(diags))])
			}
			diags = diags[1:]
		}
		for _, d := range file.Diagnostics {
			if len(diags) == 0 {
				t.Fatalf("%s: no row for %s: %s", file.Path, d.Rule, d.Message)
			}
			row := diags[0]
			diags = diags[1:]
			if len(row) != 6 || row[0] != file.Path || row[3] != d.Rule || row[5] != d.Message {
				t.Errorf("row %q, want %s %s %q", row, file.Path, d.Rule, d.Message)
			}
		}
	}
	if len(diags) != 0 {
		t.Errorf("%d rows more than the json has diagnostics: %q", len(diags), diags)
	}

	for _, sheet := range []string{"报告", "问题"} {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: panes %+v %v, want the header row frozen", sheet, panes, err)
		}
	}
	filters := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters[dn.Scope] = true
		}
	}
	if !filters["报告"] || !filters["问题"] {
		t.Errorf("autofilters on %v, want both sheets", filters)
	}
}

// TestLintCSVMatchesJSON is TestLintXLSXMatchesJSON for the csv format.
func TestLintCSVMatchesJSON(t *testing.T) {
	dir := t.TempDir()
	js := readBatchJSON(t, dir)
	data, err := os.ReadFile(lintBatch(t, dir, "csv"))
	if err != nil {
		t.Fatal(err)
	}
	text, ok := strings.CutPrefix(string(data), "\ufeff")
	if !ok {
		t.Errorf("no UTF-8 byte order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	checkReportRows(t, rows, js)
}
