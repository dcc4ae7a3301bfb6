package baseline

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
)

func year(y int) *int { return &y }

// files are two reports and a file that is no report.
func files() []engine.FileResult {
	cell := "表三 “（七）总计” “自然人”"
	return []engine.FileResult{
		{Path: "reports/a.txt", Report: &engine.ReportMeta{Issuer: "甲局", Year: year(2024)}, Diagnostics: []engine.Diagnostic{
			{Rule: "arithmetic/application-balance", Message: "不等", Fingerprint: "aaaa000000000001", Place: cell},
			{Rule: "contact/missing", Message: "没有联系方式", Fingerprint: "aaaa000000000002", Place: "报告开头"},
		}},
		{Path: "reports/b.txt", Report: &engine.ReportMeta{Issuer: "乙局", Year: year(2024)}, Diagnostics: []engine.Diagnostic{
			{Rule: "dates/published-missing", Message: "没有日期", Fingerprint: "bbbb000000000001", Place: "报告末尾"},
		}},
		{Path: "x/readme.pdf", Diagnostics: []engine.Diagnostic{
			{Rule: "parse/unrecognized", Message: "读不了", Fingerprint: "cccc000000000001", Place: "报告开头"},
		}},
	}
}

// TestWriteParse writes a baseline and reads it back, every field kept.
func TestWriteParse(t *testing.T) {
	b := New(files(), nil)
	b.Entries[1].Status, b.Entries[1].Reason = StatusDismissed, "已核实：联系方式在网站首页，见 \"联系我们\"：\n第二行"
	var out bytes.Buffer
	if err := b.Write(&out, "zh"); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"version: 1\n", "entries:\n  - fingerprint: aaaa000000000001\n", "    file: {issuer: 甲局, year: 2024}\n",
		"    place: 表三 “（七）总计” “自然人”\n", "    status: open\n", `    reason: ""`, "    file: {name: readme.pdf}\n", "# nianbao 基线"} {
		if !strings.Contains(text, want) {
			t.Errorf("baseline lacks %q:\n%s", want, text)
		}
	}
	got, err := Parse(out.Bytes(), "base.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	if !reflect.DeepEqual(got.Entries, b.Entries) {
		t.Errorf("read back\n%+v\nwant\n%+v", got.Entries, b.Entries)
	}
}

// TestSnippet: the review page's entry, with a reason added as page.js
// adds it, is an entry of a baseline written by Write.
func TestSnippet(t *testing.T) {
	fs := files()
	e := EntryOf(fs[0], fs[0].Diagnostics[0])
	e.Status = StatusDismissed
	s := Snippet(e)
	if strings.Contains(s, "reason") || !strings.HasPrefix(s, "  - fingerprint: aaaa000000000001\n") || !strings.HasSuffix(s, "    status: dismissed\n") {
		t.Errorf("snippet:\n%s", s)
	}
	var out bytes.Buffer
	if err := New(fs[1:2], nil).Write(&out, "zh"); err != nil {
		t.Fatal(err)
	}
	pasted := out.String() + s + `    reason: "表格\"按件\"统计"` + "\n"
	b, err := Parse([]byte(pasted), "base.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, pasted)
	}
	got, ok := b.Lookup("aaaa000000000001")
	if !ok || got.Status != StatusDismissed || got.Reason != `表格"按件"统计` || got.File != (File{Issuer: "甲局", Year: 2024}) {
		t.Errorf("pasted entry %+v (found %v)", got, ok)
	}
}

// TestNewKeeps: writing over a baseline keeps the status and reason of
// the entries still found, and the entries of reports not checked.
func TestNewKeeps(t *testing.T) {
	old := New(files(), nil)
	old.Entries[0].Status, old.Entries[0].Reason = StatusDismissed, "口径不同"
	fs := files()
	// Report a is checked again with its first finding only; b is not
	// checked; the readme failed.
	fs[0].Diagnostics = fs[0].Diagnostics[:1]
	fs[2].Error = "超时"
	b := New([]engine.FileResult{fs[0], fs[2]}, old)
	var fps []string
	for _, e := range b.Entries {
		fps = append(fps, e.Fingerprint)
	}
	if want := []string{"aaaa000000000001", "cccc000000000001", "bbbb000000000001"}; !reflect.DeepEqual(fps, want) {
		t.Errorf("entries %v, want %v", fps, want)
	}
	if e, _ := b.Lookup("aaaa000000000001"); e.Status != StatusDismissed || e.Reason != "口径不同" {
		t.Errorf("the dismissed entry became %+v", e)
	}
}

// TestApply leaves out what the baseline lists, counts it, and names the
// entries of the reports checked that were not found.
func TestApply(t *testing.T) {
	b := New(files(), nil)
	b.Entries[2].Status = StatusDismissed // b's finding
	fs := files()
	fs[0].Diagnostics = append(fs[0].Diagnostics[1:], engine.Diagnostic{Rule: "arithmetic/row-sum", Fingerprint: "aaaa000000000009"})
	fs[2].Diagnostics = nil
	fs[2].Error = "读取失败"
	out := b.Apply(fs, func(rule string) bool { return rule != "parse/unrecognized" })
	if out.Suppressed != 2 || out.Dismissed != 1 {
		t.Errorf("suppressed %d, dismissed %d; want 2 and 1", out.Suppressed, out.Dismissed)
	}
	if len(fs[0].Diagnostics) != 1 || fs[0].Diagnostics[0].Rule != "arithmetic/row-sum" || len(fs[1].Diagnostics) != 0 {
		t.Errorf("left: %+v / %+v", fs[0].Diagnostics, fs[1].Diagnostics)
	}
	// The failed file's entry is not fixed: it was not checked.
	if len(out.Fixed) != 1 || out.Fixed[0].Path != "reports/a.txt" || out.Fixed[0].Rule != "arithmetic/application-balance" {
		t.Errorf("fixed %+v", out.Fixed)
	}
}

// TestParseErrors: every mistake is named with the file and line.
func TestParseErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"version", "version: 2\nentries: []\n", `base.yaml:1:10: 未知的基线版本 "2"`},
		{"no version", "entries: []\n", `base.yaml:1:1: 缺少 version`},
		{"empty", "", `base.yaml:1: 缺少 version`},
		{"not YAML", "version: 1\nentries: [\n", `base.yaml:2: YAML 格式错误`},
		{"list", "version: 1\nentries: {a: 1}\n", `base.yaml:2:10: entries 应为条目的列表`},
		{"key", "version: 1\nentries:\n  - fingerprint: a\n    rule: x/y\n    reson: z\n", `base.yaml:5:5: entry: 未知的键 "reson"（是否想写 "reason"？）`},
		{"status", "version: 1\nentries:\n  - fingerprint: a\n    rule: x/y\n    status: closed\n", `base.yaml:5:13: 无效的 status "closed"（可用：open, dismissed）`},
		{"fingerprint", "version: 1\nentries:\n  - rule: x/y\n", `base.yaml:3:5: 条目缺少 fingerprint`},
		{"year", "version: 1\nentries:\n  - fingerprint: a\n    rule: x/y\n    file: {issuer: 甲局, year: 二〇二四}\n", `base.yaml:5:30: year 应为年份`},
		{"file", "version: 1\nentries:\n  - fingerprint: a\n    rule: x/y\n    file: {year: 2024}\n", `base.yaml:5:11: file 应写明 issuer 和 year，或 name`},
		{"twice", "version: 1\nentries:\n  - fingerprint: a\n    rule: x/y\n  - fingerprint: a\n    rule: x/z\n", `base.yaml:5:5: fingerprint a 出现了两次（第一次在第 3 行）`},
		{"entry", "version: 1\nentries:\n  - a\n", `base.yaml:3:5: entry 应为映射`},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.yaml), "base.yaml")
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if got := l10n.Text("zh", err); !strings.Contains(got, tt.want) {
			t.Errorf("%s: %s\nwant %s", tt.name, got, tt.want)
		}
	}
	_, err := Parse([]byte("version: 2\n"), "base.yaml")
	if got := l10n.Text("en", err); got != `base.yaml:1:10: unknown baseline version "2": this nianbao reads version 1` {
		t.Errorf("in English: %s", got)
	}
}
