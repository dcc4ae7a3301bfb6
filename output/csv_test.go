package output

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// batchFixture is the fixture with failures, what the reports say of
// themselves, and rules that never fire: one of a category no diagnostic
// has (structure) and two of custom categories (region, local).
func batchFixture(lang string) *Result {
	year := 2024
	r := withFailures()
	r.Lang = lang
	r.Rules = append(r.Rules,
		engine.Rule{ID: "structure/title-missing", Category: "structure", Severity: engine.SeverityError, Title: "缺少标题"},
		engine.Rule{ID: "region/deadline", Category: "region", Severity: engine.SeverityWarning, Title: "晚于本地区期限"},
		engine.Rule{ID: "local/notice", Category: "local", Severity: engine.SeverityInfo, Title: "缺少本地通知"},
	)
	for i := range r.Files {
		switch r.Files[i].Path {
		case "reports/ok.txt":
			r.Files[i].Report = &engine.ReportMeta{Issuer: "某某县人民政府", Kind: "government", Year: &year, Template: "2021", Published: "2025-01-19"}
		case "reports/a, b:c.txt":
			r.Files[i].Report = &engine.ReportMeta{Issuer: "某某乡人民政府", Kind: "township", Template: "unknown"}
		case "reports/slow.txt":
			r.Files[i].Report = &engine.ReportMeta{Issuer: "某某局", Kind: "department", Year: &year, Template: "2019"}
		}
	}
	return r
}

// readCSV parses the csv format of r, after checking that it begins with
// a UTF-8 byte order mark.
func readCSV(t *testing.T, r *Result) [][]string {
	t.Helper()
	out := formatString(t, CSV{}, r)
	if !strings.HasPrefix(out, "\xef\xbb\xbf") {
		t.Fatalf("no UTF-8 byte order mark: %q", out[:min(len(out), 10)])
	}
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	return records
}

// byHeader maps each row's first cell (the path) to its cells by header.
func byHeader(records [][]string) map[string]map[string]string {
	rows := map[string]map[string]string{}
	for _, rec := range records[1:] {
		row := map[string]string{}
		for i, h := range records[0] {
			row[h] = rec[i]
		}
		rows[rec[0]] = row
	}
	return rows
}

func TestCSVHeader(t *testing.T) {
	// Categories in the README's order and then the custom ones; a column
	// for each rule that fired, and none for those that did not.
	counts := []string{"structure/*", "contact/*", "arithmetic/*", "dates/*", "local/*", "region/*", "arithmetic/balance", "contact/phone", "dates/late"}
	tests := []struct {
		lang string
		want []string
	}{
		{"zh", append([]string{"路径", "发布机关", "类型", "年度", "模板", "格式", "发布日期", "状态", "错误", "警告", "提示"}, counts...)},
		{"en", append([]string{"Path", "Issuer", "Kind", "Year", "Template", "Format", "Published", "Status", "Errors", "Warnings", "Infos"}, counts...)},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			records := readCSV(t, batchFixture(tt.lang))
			if !reflect.DeepEqual(records[0], tt.want) {
				t.Errorf("header\n got %q\nwant %q", records[0], tt.want)
			}
			if len(records) != 6 {
				t.Errorf("%d rows, want a header and one per file (5)", len(records))
			}
			var paths []string
			for _, rec := range records[1:] {
				paths = append(paths, rec[0])
			}
			if want := []string{"/elsewhere/报告 一.txt", "reports/a, b:c.txt", "reports/missing.txt", "reports/ok.txt", "reports/slow.txt"}; !reflect.DeepEqual(paths, want) {
				t.Errorf("paths %q, want %q (sorted)", paths, want)
			}
		})
	}
}

func TestCSVRows(t *testing.T) {
	tests := []struct {
		lang, path string
		want       map[string]string
	}{
		{"zh", "reports/ok.txt", map[string]string{
			"发布机关": "某某县人民政府", "类型": "政府", "年度": "2024", "模板": "2021", "格式": "text", "发布日期": "2025-01-19",
			"状态": "已完成检查", "错误": "0", "警告": "0", "提示": "0", "arithmetic/*": "0", "arithmetic/balance": "0",
		}},
		{"en", "reports/ok.txt", map[string]string{"Kind": "government", "Status": "ok", "Year": "2024"}},
		{"zh", "reports/a, b:c.txt", map[string]string{
			"类型": "乡镇（街道）", "年度": "", "模板": "未知", "发布日期": "",
			"错误": "2", "警告": "1", "提示": "0",
			"arithmetic/*": "2", "dates/*": "1", "contact/*": "0", "structure/*": "0", "region/*": "0",
			"arithmetic/balance": "2", "dates/late": "1", "contact/phone": "0",
		}},
		{"en", "reports/a, b:c.txt", map[string]string{"Kind": "township", "Template": "unknown"}},
		{"zh", "/elsewhere/报告 一.txt", map[string]string{"发布机关": "", "类型": "", "提示": "1", "contact/*": "1", "contact/phone": "1"}},
		{"zh", "reports/missing.txt", map[string]string{
			"格式": "", "发布机关": "", "状态": "未能完成检查：stat reports/missing.txt: no such file or directory", "错误": "0",
		}},
		{"en", "reports/missing.txt", map[string]string{"Status": "could not be checked completely: stat reports/missing.txt: no such file or directory"}},
		{"zh", "reports/slow.txt", map[string]string{
			"类型": "部门", "模板": "2019", "状态": "未能完成检查：custom policies: policy evaluation exceeded the time limit",
			"警告": "1", "dates/*": "1", "dates/late": "1",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.path, func(t *testing.T) {
			row, ok := byHeader(readCSV(t, batchFixture(tt.lang)))[tt.path]
			if !ok {
				t.Fatalf("no row for %s", tt.path)
			}
			for h, want := range tt.want {
				if got, ok := row[h]; !ok || got != want {
					t.Errorf("%s = %q (column there: %v), want %q", h, got, ok, want)
				}
			}
		})
	}
}

// TestCSVNoRuleFired checks that a run where no rule fired has no rule
// columns, and still a column for each category of the rules evaluated.
func TestCSVNoRuleFired(t *testing.T) {
	r := batchFixture("zh")
	r.Files = r.Files[:1] // ok.txt
	records := readCSV(t, r)
	want := []string{"路径", "发布机关", "类型", "年度", "模板", "格式", "发布日期", "状态", "错误", "警告", "提示",
		"structure/*", "contact/*", "arithmetic/*", "dates/*", "local/*", "region/*"}
	if !reflect.DeepEqual(records[0], want) {
		t.Errorf("header\n got %q\nwant %q", records[0], want)
	}
}

// TestCSVFormulas checks that text that a spreadsheet would take for a
// formula is written as text, and that the rest is not touched.
func TestCSVFormulas(t *testing.T) {
	r := batchFixture("zh")
	r.Files[0].Path = "=HYPERLINK(\"http://example.com\")"
	r.Files[0].Report.Issuer = "@某某局"
	r.Files[1].Path = "-1+1.txt"
	rows := byHeader(readCSV(t, r))
	if row := rows[`'=HYPERLINK("http://example.com")`]; row == nil || row["发布机关"] != "'@某某局" {
		t.Errorf("a formula in a path or name is not quoted: %v", rows)
	}
	if rows["'-1+1.txt"] == nil || rows["/elsewhere/报告 一.txt"] == nil {
		t.Errorf("paths %v", rows)
	}
}

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"report.txt", 10},
		{"发布机关", 8},
		{"乡镇（街道）", 12},
		{"a, b:c 报告", 11},
		{"短\n较长的一行\r\nab", 10},
	}
	for _, tt := range tests {
		if got := displayWidth(tt.s); got != tt.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestCSVEmptyRun checks that a run without files is a header alone.
func TestCSVEmptyRun(t *testing.T) {
	var b bytes.Buffer
	if err := (CSV{}).Format(&b, &Result{Lang: "zh"}); err != nil || b.String() != "\ufeff路径,发布机关,类型,年度,模板,格式,发布日期,状态,错误,警告,提示\n" {
		t.Errorf("empty run: %v %q", err, b.String())
	}
}
