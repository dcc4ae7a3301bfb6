package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/baseline"
)

// baselineDirs are the directories of testdata whose reports lint
// quickly.
var baselineDirs = []string{"seeds", "scraped", "html", "history", "docx"}

// baselineJSON is the part of -f json the baseline tests read.
type baselineJSON struct {
	Files []struct {
		Path        string
		Diagnostics []struct {
			Rule, Message, Fingerprint, Place string
		}
	}
	Summary struct{ Files, Errors, Warnings, Infos, Baselined int }
}

func lintBaselineJSON(t *testing.T, args ...string) (int, baselineJSON) {
	t.Helper()
	code, out, errOut := runCmd(t, "", append([]string{"lint", "-f", "json"}, args...)...)
	if code != 0 && code != 1 {
		t.Fatalf("lint %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	var r baselineJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return code, r
}

func (r baselineJSON) diagnostics() int {
	n := 0
	for _, f := range r.Files {
		n += len(f.Diagnostics)
	}
	return n
}

// writeBaseline writes the baseline of paths to dir/base.yaml and reads it.
func writeBaseline(t *testing.T, base string, paths ...string) *baseline.Baseline {
	t.Helper()
	code, out, errOut := runCmd(t, "", append([]string{"baseline", "write", "-o", base}, paths...)...)
	if code != 0 {
		t.Fatalf("baseline write: exit %d\n%s%s", code, out, errOut)
	}
	b, err := baseline.Load(base)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("%s：基线中共有 %d 个问题\n", base, len(b.Entries)); out != want {
		t.Errorf("baseline write says %q, want %q", out, want)
	}
	return b
}

// TestBaselineSuppressesAll writes the baseline of the reports of
// testdata: linted with it, they have no finding left, exit 0, and every
// output says how many findings the baseline left out.
func TestBaselineSuppressesAll(t *testing.T) {
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	var dirs []string
	for _, d := range baselineDirs {
		dirs = append(dirs, filepath.Join("..", "..", "testdata", d))
	}
	base := filepath.Join(t.TempDir(), "base.yaml")
	b := writeBaseline(t, base, dirs...)
	_, plain := lintBaselineJSON(t, dirs...)
	found := plain.diagnostics()
	if len(b.Entries) < 30 || len(b.Entries) > found {
		t.Fatalf("%d entries for %d findings", len(b.Entries), found)
	}
	for _, e := range b.Entries {
		if e.Status != baseline.StatusOpen || e.Fingerprint == "" || e.Place == "" || e.Message == "" || e.File == (baseline.File{}) {
			t.Errorf("entry %+v", e)
		}
	}

	code, out, errOut := runCmd(t, "", append([]string{"lint", "--baseline", base}, dirs...)...)
	want := fmt.Sprintf("：0 个错误，0 个警告，0 个提示，另有 %d 个已记录在基线中的问题未列出", found)
	if code != 0 || !strings.HasPrefix(out, "共检查 ") || !strings.Contains(out, want) || strings.Count(out, "\n") != 1 || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and only the summary, with %q", code, out, errOut, want)
	}
	_, en, _ := runCmd(t, "", append([]string{"lint", "--lang", "en", "--baseline", base}, dirs...)...)
	if want := fmt.Sprintf("0 errors, 0 warnings, 0 infos, and %d findings recorded in the baseline not listed", found); !strings.Contains(en, want) {
		t.Errorf("English summary %q, want %q", en, want)
	}
	code, r := lintBaselineJSON(t, append([]string{"--baseline", base}, dirs...)...)
	if code != 0 || r.diagnostics() != 0 || r.Summary.Baselined != found {
		t.Errorf("json: exit %d, %d diagnostics, summary %+v; want 0, none and baselined %d", code, r.diagnostics(), r.Summary, found)
	}
	code, sarif, _ := runCmd(t, "", append([]string{"lint", "-f", "sarif", "--baseline", base}, dirs...)...)
	var log struct{ Runs []struct{ Results []any } }
	if err := json.Unmarshal([]byte(sarif), &log); err != nil || code != 0 || len(log.Runs) != 1 || log.Runs[0].Results == nil || len(log.Runs[0].Results) != 0 {
		t.Errorf("SARIF: exit %d, %v, runs %+v; want one run with results: []", code, err, log.Runs)
	}
}

// editCopy writes a copy of the file src to path, changed by edit.
func editCopy(t *testing.T, src, path string, edit func(string) string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(edit(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBaselineLinesMove: the seeds with a blank line at their top, under
// other names in another directory, are the reports of the baseline.
func TestBaselineLinesMove(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base.yaml")
	seeds := filepath.Join("..", "..", "testdata", "seeds")
	writeBaseline(t, base, seeds)
	_, plain := lintBaselineJSON(t, seeds)
	for _, s := range seedNames {
		editCopy(t, filepath.Join(seeds, s), filepath.Join(dir, "moved", "copy-"+s), func(s string) string { return "\n" + s })
	}
	code, out, _ := runCmd(t, "", "lint", "--baseline", base, filepath.Join(dir, "moved"))
	if want := fmt.Sprintf("共检查 5 个文件：0 个错误，0 个警告，0 个提示，另有 %d 个已记录在基线中的问题未列出\n", plain.diagnostics()); code != 0 || out != want {
		t.Errorf("exit %d:\n%s\nwant\n%s", code, out, want)
	}
}

// changedCell changes one cell of table 四 of seed 000: 结果维持 of
// 行政诉讼（未经复议直接起诉） 0 → 1, which its 总计 then does not add up to.
func changedCell(s string) string {
	return strings.Replace(s, "\n0 | 0 | 0 | 0 | 0 | 0 |", "\n0 | 0 | 0 | 0 | 0 | 1 |", 1)
}

// TestBaselineNewFinding: one changed cell in a copy of a seed is the one
// finding reported, in every format, new to the baseline.
func TestBaselineNewFinding(t *testing.T) {
	dir := t.TempDir()
	for _, s := range seedNames {
		copySeed(t, s, filepath.Join(dir, "reports", s))
	}
	t.Chdir(dir)
	known := len(writeBaseline(t, "base.yaml", "reports").Entries)
	seed := filepath.Join("reports", seedNames[0])
	editCopy(t, seed, seed, changedCell)

	t.Setenv("GITHUB_STEP_SUMMARY", filepath.Join(dir, "summary.md"))
	code, out, _ := runCmd(t, "", "lint", "--baseline", "base.yaml", "--sarif-file", "lint.sarif", "--out", "github=annotations.txt", "reports")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 2 || !strings.Contains(lines[0], ":57:37: error: ") || !strings.HasSuffix(lines[0], "[arithmetic/review-sum]") ||
		lines[1] != fmt.Sprintf("共检查 5 个文件：1 个错误，0 个警告，0 个提示，另有 %d 个已记录在基线中的问题未列出", known) {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	_, r := lintBaselineJSON(t, "--baseline", "base.yaml", "reports")
	if r.diagnostics() != 1 || r.Summary.Baselined != known {
		t.Fatalf("json: %d diagnostics, summary %+v", r.diagnostics(), r.Summary)
	}
	var fp string
	for _, f := range r.Files {
		for _, d := range f.Diagnostics {
			fp = d.Fingerprint
			if d.Place != "表四 “行政诉讼：未经复议直接起诉” “总计”" {
				t.Errorf("place %q, want table 四's 总计 of 未经复议直接起诉", d.Place)
			}
		}
	}

	data, err := os.ReadFile("lint.sarif")
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID              string            `json:"ruleId"`
				BaselineState       string            `json:"baselineState"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if rs := log.Runs[0].Results; len(rs) != 1 || rs[0].BaselineState != "new" || rs[0].PartialFingerprints["nianbao/v1"] != fp || fp == "" {
		t.Errorf("SARIF results %+v, want the new one with fingerprint %s", rs, fp)
	}
	if data, _ := os.ReadFile("annotations.txt"); strings.Count(string(data), "::") != 2 {
		t.Errorf("annotations:\n%s", data)
	}
	if data, _ := os.ReadFile("summary.md"); !strings.Contains(string(data), fmt.Sprintf("另有 %d 个已记录在基线中的问题未列出", known)) {
		t.Errorf("step summary:\n%s", data)
	}

	// Without a baseline, SARIF has the fingerprints and no baseline state.
	code, sarif, _ := runCmd(t, "", "lint", "-f", "sarif", filepath.Join("reports", seedNames[0]))
	if code != 1 || strings.Contains(sarif, "baselineState") || !strings.Contains(sarif, `"nianbao/v1": "`+fp+`"`) {
		t.Errorf("SARIF without a baseline: exit %d\n%s", code, sarif)
	}
}

// TestBaselineDismissed: an entry dismissed in the baseline stays left out
// and keeps its reason when the baseline is written again; an entry no
// longer found is listed as fixed with -v, and left out of the baseline
// written again.
func TestBaselineDismissed(t *testing.T) {
	dir := t.TempDir()
	for _, s := range seedNames {
		copySeed(t, s, filepath.Join(dir, "reports", s))
	}
	t.Chdir(dir)
	b := writeBaseline(t, "base.yaml", "reports")
	var dismissed, typo string
	for i, e := range b.Entries {
		switch {
		case e.Rule == "contact/missing" && dismissed == "":
			b.Entries[i].Status, b.Entries[i].Reason = baseline.StatusDismissed, "联系方式在网站“联系我们”栏目"
			dismissed = e.Fingerprint
		case e.Rule == "template/label-typo" && e.File.Year == 2024:
			typo = e.Fingerprint
		}
	}
	f, err := os.Create("base.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Write(f, "zh"); err != nil {
		t.Fatal(err)
	}
	f.Close()

	// 000's label typo is fixed.
	seed := filepath.Join("reports", seedNames[0])
	editCopy(t, seed, seed, func(s string) string {
		return strings.Replace(s, "\n规范性文件 |", "\n行政规范性文件 |", 1)
	})
	code, out, _ := runCmd(t, "", "lint", "-v", "--baseline", "base.yaml", "reports")
	left := len(b.Entries) - 1
	want := seed + "：已修复：基线中的问题不再出现：表二 “行政规范性文件”行：表二（主动公开政府信息情况）中的行标签“规范性文件”与模板用语“行政规范性文件”不一致 [template/label-typo]\n" +
		fmt.Sprintf("共检查 5 个文件：0 个错误，0 个警告，0 个提示，另有 %d 个已记录在基线中的问题未列出\n", left)
	if code != 0 || out != want {
		t.Errorf("exit %d:\n%s\nwant\n%s", code, out, want)
	}

	again := writeBaseline(t, "base.yaml", "reports")
	if len(again.Entries) != left {
		t.Errorf("%d entries written again, want %d", len(again.Entries), left)
	}
	if _, ok := again.Lookup(typo); ok || typo == "" {
		t.Errorf("the fixed entry %q is still in the baseline", typo)
	}
	if e, ok := again.Lookup(dismissed); !ok || e.Status != baseline.StatusDismissed || e.Reason != "联系方式在网站“联系我们”栏目" {
		t.Errorf("the dismissed entry became %+v (found %v)", e, ok)
	}
	if code, out, _ := runCmd(t, "", "lint", "--baseline", "base.yaml", "reports"); code != 0 || !strings.Contains(out, fmt.Sprintf("另有 %d 个", left)) {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestBaselineMalformed: a baseline of another version, or with a
// mistake in an entry, stops nianbao with the file and line.
func TestBaselineMalformed(t *testing.T) {
	dir := t.TempDir()
	copySeed(t, seedNames[0], filepath.Join(dir, seedNames[0]))
	t.Chdir(dir)
	for _, tt := range []struct{ yaml, want string }{
		{"version: 3\nentries: []\n", "nianbao: base.yaml:1:10: 未知的基线版本 \"3\"：这一版 nianbao 读取的是第 1 版\n"},
		{"version: 1\nentries:\n  - fingerprint: 26013c5363de1ae3\n    rule: template/label-typo\n    status: fixed\n",
			"nianbao: base.yaml:5:13: 无效的 status \"fixed\"（可用：open, dismissed）\n"},
		{"version: 1\nentries:\n  - fingerprint: 26013c5363de1ae3\n    rul: template/label-typo\n",
			"nianbao: base.yaml:4:5: entry: 未知的键 \"rul\"（是否想写 \"rule\"？）（可用的键：file, fingerprint, message, place, reason, rule, status）\n"},
	} {
		if err := os.WriteFile("base.yaml", []byte(tt.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runCmd(t, "", "lint", "--baseline", "base.yaml", seedNames[0])
		if code != 2 || out != "" || errOut != tt.want {
			t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errOut, tt.want)
		}
		// baseline write does not write over it either.
		code, _, errOut = runCmd(t, "", "baseline", "write", "-o", "base.yaml", seedNames[0])
		if data, _ := os.ReadFile("base.yaml"); code != 2 || errOut != tt.want || string(data) != tt.yaml {
			t.Errorf("baseline write: exit %d, stderr %q; the file is now\n%s", code, errOut, data)
		}
	}
	code, _, errOut := runCmd(t, "", "lint", "--baseline", "none.yaml", seedNames[0])
	if code != 2 || errOut != "nianbao: --baseline none.yaml：文件不存在（可用 nianbao baseline write -o none.yaml 写入基线）\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runCmd(t, "", "baseline", "write", seedNames[0])
	if code != 2 || errOut != "nianbao: baseline write 需要用 -o 文件 指定要写入的基线\n" {
		t.Errorf("baseline write without -o: exit %d, stderr %q", code, errOut)
	}
	for _, flag := range []string{"--format", "--sarif-file", "--baseline", "--fail-level"} {
		if code, _, errOut := runCmd(t, "", "baseline", "write", "-o", "b.yaml", flag, "x", seedNames[0]); code != 2 || !strings.Contains(errOut, "未知的选项："+flag) {
			t.Errorf("baseline write %s: exit %d, stderr %q", flag, code, errOut)
		}
	}
}
