package output

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// openXLSX writes r in the xlsx format and opens the workbook.
func openXLSX(t *testing.T, r *Result) (*excelize.File, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := (XLSX{}).Format(&b, r); err != nil {
		t.Fatalf("Format: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f, b.Bytes()
}

func getRows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestXLSXReportsSheet checks that the first sheet holds the rows of the
// csv format, in the run's language, with numbers stored as numbers.
func TestXLSXReportsSheet(t *testing.T) {
	tests := []struct {
		lang   string
		sheets []string
	}{
		{"zh", []string{"报告", "问题"}},
		{"en", []string{"Reports", "Diagnostics"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			r := batchFixture(tt.lang)
			f, _ := openXLSX(t, r)
			if got := f.GetSheetList(); !reflect.DeepEqual(got, tt.sheets) {
				t.Fatalf("sheets %q, want %q", got, tt.sheets)
			}
			if f.GetActiveSheetIndex() != 0 {
				t.Errorf("active sheet %d, want the reports", f.GetActiveSheetIndex())
			}
			rows := getRows(t, f, tt.sheets[0])
			want := readCSV(t, r)
			// GetRows leaves out the blank cells at the end of a row.
			for i := range want {
				for len(want[i]) > 0 && want[i][len(want[i])-1] == "" {
					want[i] = want[i][:len(want[i])-1]
				}
			}
			if !reflect.DeepEqual(rows, want) {
				t.Errorf("rows\n got %q\nwant %q", rows, want)
			}
			// Row 5 is reports/ok.txt: year D5, counts from I5, are numbers;
			// the issuer B5 and the template E5 are text.
			for cell, number := range map[string]bool{"D5": true, "I5": true, "P5": true, "B5": false, "E5": false} {
				typ, err := f.GetCellType(tt.sheets[0], cell)
				if err != nil {
					t.Fatal(err)
				}
				if isNumber := typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset; isNumber != number {
					t.Errorf("%s: cell type %v, want a number: %v", cell, typ, number)
				}
			}
			if v, _ := f.GetCellValue(tt.sheets[0], "D5"); v != "2024" {
				t.Errorf("D5 = %q, want the year of ok.txt", v)
			}
		})
	}
}

// TestXLSXDiagnosticsSheet checks the second sheet: a row per diagnostic
// and per failed file, the page or paragraph with the location, the
// severity in the run's language and the rule's title.
func TestXLSXDiagnosticsSheet(t *testing.T) {
	pdf := engine.FileResult{Path: "a.pdf", Format: "pdf", Diagnostics: []engine.Diagnostic{
		{Rule: "dates/late", Severity: engine.SeverityWarning, Message: "晚了", Location: engine.Location{Loc: report.Loc{Line: 103, Column: 29, Page: 4}}},
	}}
	docx := engine.FileResult{Path: "b.docx", Format: "docx", Diagnostics: []engine.Diagnostic{
		{Rule: "custom/x", Severity: engine.SeverityInfo, Message: "自定义", Title: "自定义规则", Location: engine.Location{Loc: report.Loc{Line: 13, Column: 1, Paragraph: 13}}},
	}}
	tests := []struct {
		lang  string
		sheet string
		want  [][]string
	}{
		{"zh", "问题", [][]string{
			{"文件", "位置", "级别", "规则", "规则标题", "问题"},
			{"/elsewhere/报告 一.txt", "1:1", "提示", "contact/phone", "缺少电话", "没有电话"},
			{"a.pdf", "103:29（第4页）", "警告", "dates/late", "发布过晚", "晚了"},
			{"b.docx", "13:1（第13段）", "提示", "custom/x", "自定义规则", "自定义"},
			{"reports/a, b:c.txt", "3:5", "错误", "arithmetic/balance", "合计不符", "比例 50% 不符: 甲, 乙\n第二行"},
			{"reports/a, b:c.txt", "7:1", "错误", "arithmetic/balance", "合计不符", "合计 | 不符"},
			{"reports/a, b:c.txt", "10:2", "警告", "dates/late", "发布过晚", "晚了\r\n很久"},
			{"reports/missing.txt", "", "错误", "", "", "未能完成检查：stat reports/missing.txt: no such file or directory"},
			{"reports/slow.txt", "", "错误", "", "", "未能完成检查：custom policies: policy evaluation exceeded the time limit"},
			{"reports/slow.txt", "", "警告", "dates/late", "发布过晚", "晚了"},
		}},
		{"en", "Diagnostics", [][]string{
			{"File", "Location", "Severity", "Rule", "Title", "Message"},
			{"/elsewhere/报告 一.txt", "1:1", "info", "contact/phone", "缺少电话", "没有电话"},
			{"a.pdf", "103:29 (page 4)", "warning", "dates/late", "发布过晚", "晚了"},
			{"b.docx", "13:1 (paragraph 13)", "info", "custom/x", "自定义规则", "自定义"},
			{"reports/a, b:c.txt", "3:5", "error", "arithmetic/balance", "Totals differ", "比例 50% 不符: 甲, 乙\n第二行"},
			{"reports/a, b:c.txt", "7:1", "error", "arithmetic/balance", "Totals differ", "合计 | 不符"},
			{"reports/a, b:c.txt", "10:2", "warning", "dates/late", "发布过晚", "晚了\r\n很久"},
			{"reports/missing.txt", "", "error", "", "", "could not be checked completely: stat reports/missing.txt: no such file or directory"},
			{"reports/slow.txt", "", "error", "", "", "could not be checked completely: custom policies: policy evaluation exceeded the time limit"},
			{"reports/slow.txt", "", "warning", "dates/late", "发布过晚", "晚了"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			r := withFailures()
			r.Lang = tt.lang
			r.Files = append(r.Files, pdf, docx)
			f, _ := openXLSX(t, r)
			rows := getRows(t, f, tt.sheet)
			for i := range tt.want {
				if i >= len(rows) || !reflect.DeepEqual(rows[i], tt.want[i]) {
					var got []string
					if i < len(rows) {
						got = rows[i]
					}
					t.Errorf("row %d\n got %q\nwant %q", i+1, got, tt.want[i])
				}
			}
			if len(rows) != len(tt.want) {
				t.Errorf("%d rows, want %d", len(rows), len(tt.want))
			}
		})
	}
}

// TestXLSXLayout checks what makes the sheets usable: the header row
// frozen, filters over the whole table, columns in order, wider for paths
// and names, and CJK text counted double.
func TestXLSXLayout(t *testing.T) {
	r := batchFixture("zh")
	r.Files[0].Path = "reports/a-very-long-directory-name/" + strings.Repeat("x", 100) + ".txt"
	f, data := openXLSX(t, r)
	for _, sheet := range []string{"报告", "问题"} {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 || panes.TopLeftCell != "A2" {
			t.Errorf("%s: panes %+v, want the first row frozen", sheet, panes)
		}
	}
	filters := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters[dn.Scope] = dn.RefersTo
		}
	}
	// 5 files, 11 fixed columns, 6 categories and 3 rules fired; 7 rows
	// of diagnostics (5 diagnostics, 2 failed files); each with its
	// header row.
	if want := map[string]string{"报告": "'报告'!$A$1:$T$6", "问题": "'问题'!$A$1:$F$8"}; !reflect.DeepEqual(filters, want) {
		t.Errorf("filters %q, want %q", filters, want)
	}
	sheets := unzip(t, data)
	for name, ref := range map[string]string{"xl/worksheets/sheet1.xml": "$A$1:$T$6", "xl/worksheets/sheet2.xml": "$A$1:$F$8"} {
		if !strings.Contains(sheets[name], `<autoFilter ref="`+ref+`"`) {
			t.Errorf("%s has no autoFilter over %s", name, ref)
		}
		if i, j := strings.Index(sheets[name], `<col min="1" `), strings.Index(sheets[name], `<col min="2" `); i < 0 || j < i {
			t.Errorf("%s: columns not in order", name)
		}
	}

	widths := map[string]float64{}
	for _, col := range []string{"A", "B", "C", "D", "H", "I", "T"} {
		w, err := f.GetColWidth("报告", col)
		if err != nil {
			t.Fatal(err)
		}
		widths[col] = w
	}
	// A: the long path, capped; B: 某某乡人民政府, 7 CJK characters; C:
	// 乡镇（街道）; D: 年度, a header of 2 CJK characters and the filter
	// button; H: the status of a failed file, capped narrower than a path;
	// T: the header dates/late.
	want := map[string]float64{"A": xlsxWideMax, "B": 15, "C": 13, "D": 7, "H": xlsxMaxWidth, "I": 7, "T": 13}
	if !reflect.DeepEqual(widths, want) {
		t.Errorf("column widths %v, want %v", widths, want)
	}
}

// unzip returns the XML parts of a workbook.
func unzip(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[zf.Name] = string(b)
	}
	return parts
}
