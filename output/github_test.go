package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

func TestGitHubAnnotations(t *testing.T) {
	got := formatString(t, GitHub{WorkDir: fixtureWorkDir}, fixture())
	want := "" +
		"::notice file=/elsewhere/报告 一.txt,line=1,col=1,endLine=1,endColumn=1,title=contact/phone::没有电话\n" +
		"::error file=reports/a%2C b%3Ac.txt,line=3,col=5,endLine=3,endColumn=9,title=arithmetic/balance::比例 50%25 不符: 甲, 乙%0A第二行\n" +
		"::error file=reports/a%2C b%3Ac.txt,line=7,col=1,endLine=7,endColumn=4,title=arithmetic/balance::合计 | 不符\n" +
		"::warning file=reports/a%2C b%3Ac.txt,line=10,endLine=12,title=dates/late::晚了%0D%0A很久\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestGitHubPathsRelativeToWorkDir(t *testing.T) {
	r := fixture()
	r.Files = r.Files[1:2]
	r.Files[0].Path = "/work/dir/reports/x.txt"
	got := formatString(t, GitHub{WorkDir: "/work/dir"}, r)
	if !strings.HasPrefix(got, "::error file=reports/x.txt,line=3,") {
		t.Errorf("absolute path inside the working directory not made relative:\n%s", got)
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"a%b", "a%25b", "a%25b"},
		{"%0A", "%250A", "%250A"},
		{"x:y,z", "x:y,z", "x%3Ay%2Cz"},
		{"l1\r\nl2\n", "l1%0D%0Al2%0A", "l1%0D%0Al2%0A"},
		{"中文：，", "中文：，", "中文：，"},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

const fixtureSummary = `## nianbao

共检查 3 个文件：2 个错误，1 个警告，1 个提示

| 文件 | 错误 | 警告 | 提示 |
|---|---:|---:|---:|
| /elsewhere/报告 一.txt | 0 | 0 | 1 |
| reports/a, b:c.txt | 2 | 1 | 0 |
| reports/ok.txt | 0 | 0 | 0 |

### /elsewhere/报告 一.txt

| 位置 | 级别 | 规则 | 说明 |
|---|---|---|---|
| 1:1 | info | [` + "`contact/phone`" + `](https://github.com/nianbao/nianbao/blob/main/docs/rules.md#contactphone) | 没有电话 |

### reports/a, b:c.txt

| 位置 | 级别 | 规则 | 说明 |
|---|---|---|---|
| 3:5 | error | [` + "`arithmetic/balance`" + `](https://github.com/nianbao/nianbao/blob/main/docs/rules.md#arithmeticbalance) | 比例 50% 不符: 甲, 乙 第二行 |
| 7:1 | error | [` + "`arithmetic/balance`" + `](https://github.com/nianbao/nianbao/blob/main/docs/rules.md#arithmeticbalance) | 合计 \| 不符 |
| 10:2 | warning | [` + "`dates/late`" + `](https://github.com/nianbao/nianbao/blob/main/docs/rules.md#dateslate) | 晚了 很久 |
`

func TestGitHubStepSummary(t *testing.T) {
	file := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(file, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g := GitHub{WorkDir: fixtureWorkDir, SummaryFile: file}
	annotations := formatString(t, g, fixture())
	if strings.Count(annotations, "\n") != 4 || strings.Contains(annotations, "nianbao") {
		t.Errorf("the summary leaks into the annotations:\n%s", annotations)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if want := "earlier step\n" + fixtureSummary; string(got) != want {
		t.Errorf("summary file:\n%s\nwant:\n%s", got, want)
	}
}

func TestSummaryEnglishAndEscaping(t *testing.T) {
	r := fixture()
	r.Lang = "en"
	r.Files = []engine.FileResult{{Path: "a_b|*c*.txt", Diagnostics: r.Files[1].Diagnostics[:1]}}
	var b strings.Builder
	if err := WriteSummary(&b, r, fixtureWorkDir); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"1 file checked: 1 error, 0 warnings, 0 infos\n",
		"| File | Errors | Warnings | Infos |\n",
		`| a\_b\|\*c\*.txt | 1 | 0 | 0 |` + "\n",
		"\n### a\\_b\\|\\*c\\*.txt\n",
		"| Location | Severity | Rule | Message |\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
}

func TestGitHubSummaryUnwritable(t *testing.T) {
	g := GitHub{SummaryFile: filepath.Join(t.TempDir(), "missing", "summary.md")}
	var b strings.Builder
	if err := g.Format(&b, fixture()); err == nil || !strings.Contains(err.Error(), "step summary") {
		t.Errorf("error %v, want one about the step summary", err)
	}
}
