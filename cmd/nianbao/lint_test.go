package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedNames are the bundled seeds; 003 has no title line (its first line
// is narrative), the others begin with their title.
var seedNames = []string{
	"000_55d435d651c286e9.txt", "001_af1407610f37b973.txt", "002_c19ea3132700905e.txt",
	"003_894c8dbdb6e23194.txt", "004_d1ed69b8ea7b905a.txt",
}

const noTitle = "003_894c8dbdb6e23194.txt"

// copySeed copies a seed to dir/name, creating directories.
func copySeed(t *testing.T, seed, dst string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", seed))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// lintJSON is the part of the json format the tests read.
type lintJSON struct {
	Files []struct {
		Path        string
		Diagnostics []struct {
			Rule     string
			Severity string
		}
	}
	Summary struct{ Files, Errors, Warnings, Infos int }
}

func parseLintJSON(t *testing.T, out string) lintJSON {
	t.Helper()
	var r lintJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return r
}

func TestLintSeveralReports(t *testing.T) {
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	dir := t.TempDir()
	copySeed(t, noTitle, filepath.Join(dir, "reports", noTitle))
	copySeed(t, seedNames[0], filepath.Join(dir, "reports", seedNames[0]))
	t.Chdir(dir)
	code, out, errOut := runCmd(t, "", "lint", "--format", "github", "--sarif-file", "out/nianbao.sarif",
		"--out", "junit=junit.xml", "--out", "json=lint.json", "reports")
	// The out directory does not exist: the SARIF report cannot be
	// written, the others are.
	if code != 2 || !strings.Contains(errOut, "sarif 报告：out/nianbao.sarif：文件或目录不存在") {
		t.Fatalf("exit %d, stderr %q; want 2 and the SARIF file named", code, errOut)
	}
	if !strings.Contains(out, "::error file=reports/"+noTitle+",line=1,col=1,") {
		t.Errorf("annotations:\n%s", out)
	}
	if _, err := os.Stat("junit.xml"); err != nil {
		t.Errorf("the JUnit report was not written: %v", err)
	}

	if err := os.Mkdir("out", 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCmd(t, "", "lint", "--format", "github", "--sarif-file", "out/nianbao.sarif",
		"--out", "junit=junit.xml", "--out", "json=lint.json", "reports")
	if code != 1 || errOut != "" {
		t.Fatalf("exit %d, stderr %q; want 1 (003 has no title)", code, errOut)
	}
	sarif, err := os.ReadFile("out/nianbao.sarif")
	if err != nil || !strings.Contains(string(sarif), `"uri": "reports/`+noTitle+`"`) {
		t.Errorf("SARIF file: %v\n%.300s", err, sarif)
	}
	data, err := os.ReadFile("junit.xml")
	if err != nil {
		t.Fatal(err)
	}
	var junit struct {
		Suites []struct {
			Name     string `xml:"name,attr"`
			Failures int    `xml:"failures,attr"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &junit); err != nil || len(junit.Suites) != 2 {
		t.Fatalf("JUnit file: %v, %+v", err, junit)
	}
	if junit.Suites[1].Name != filepath.Join("reports", noTitle) || junit.Suites[1].Failures < 1 {
		t.Errorf("JUnit suites %+v", junit.Suites)
	}
	data, err = os.ReadFile("lint.json")
	if err != nil {
		t.Fatal(err)
	}
	if r := parseLintJSON(t, string(data)); r.Summary.Files != 2 || r.Summary.Errors < 1 {
		t.Errorf("json summary %+v", r.Summary)
	}
}

func TestLintOutputFile(t *testing.T) {
	dir := t.TempDir()
	copySeed(t, noTitle, filepath.Join(dir, noTitle))
	t.Chdir(dir)
	code, out, _ := runCmd(t, "", "lint", "-f", "junit", "-o", "report.xml", noTitle)
	if code != 1 || out != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing on stdout", code, out)
	}
	if data, err := os.ReadFile("report.xml"); err != nil || !strings.HasPrefix(string(data), "<?xml") {
		t.Errorf("report.xml: %v %.40q", err, data)
	}
}

func TestLintStepSummary(t *testing.T) {
	dir := t.TempDir()
	copySeed(t, noTitle, filepath.Join(dir, noTitle))
	t.Chdir(dir)
	summary := filepath.Join(dir, "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	if code, _, errOut := runCmd(t, "", "lint", "--format", "github", noTitle); code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "| 003\\_894c8dbdb6e23194.txt | ") {
		t.Errorf("summary:\n%s", data)
	}
	// Other formats leave the summary alone.
	if err := os.Remove(summary); err != nil {
		t.Fatal(err)
	}
	runCmd(t, "", "lint", "--format", "json", noTitle)
	if _, err := os.Stat(summary); err == nil {
		t.Error("--format json wrote a step summary")
	}
}

func TestLintOutputErrors(t *testing.T) {
	dir := t.TempDir()
	seed := filepath.Join(dir, "reports", noTitle)
	copySeed(t, noTitle, seed)
	before, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"out without =", []string{"--out", "sarif"}, `--out "sarif": want FORMAT=FILE`},
		{"out without file", []string{"--out", "sarif="}, `want FORMAT=FILE`},
		{"unknown format", []string{"--out", "yaml=x.yaml"}, `unknown format "yaml" (formats: csv, github, html, json, junit, sarif, text, xlsx)`},
		{"unknown main format", []string{"-f", "xml"}, `unknown format "xml"`},
		{"one file twice", []string{"-o", "x.json", "--out", "sarif=./x.json"}, "x.json: two reports would be written to this file"},
		{"over a linted file", []string{"--sarif-file", seed}, "is among the files linted"},
		{"over a file in a walked directory", []string{"-o", "reports/" + noTitle}, "is among the files linted"},
		// In Chinese, the run's language unless told otherwise.
		{"unknown format, in Chinese", []string{"--lang", "zh", "-f", "xml"}, `未知的输出格式 "xml"（可用：`},
		{"over a linted file, in Chinese", []string{"--lang", "zh", "--sarif-file", seed}, "是被检查的文件之一：nianbao 不写入它检查的文件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", append(append([]string{"lint", "--lang", "en"}, tt.args...), "reports")...)
			if code != 2 || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tt.want)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
		})
	}
	after, err := os.ReadFile(seed)
	if err != nil || string(after) != string(before) {
		t.Errorf("the linted file was changed (%v)", err)
	}
}

// TestFailedFilesAreNotClean lints a report with a custom policy that
// times out, and a path that does not exist: the report keeps its
// built-in diagnostics, both files carry their error in the JSON output,
// the summary counts them, and the run exits 2.
func TestFailedFilesAreNotClean(t *testing.T) {
	seed := "../../testdata/seeds/003_894c8dbdb6e23194.txt"
	_, alone, _ := runCmd(t, "", "lint", "-f", "json", seed)
	code, out, errOut := runCmd(t, "", "lint", "-f", "json", "--timeout", "300ms",
		"--policy", "../../testdata/policies/slow", seed, "no/such/report.txt")
	if code != 2 || !strings.Contains(errOut, "no/such/report.txt") {
		t.Errorf("exit %d, stderr %q; want 2 naming the missing file", code, errOut)
	}
	var res, want struct {
		Files []struct {
			Path, Error string
			Diagnostics []struct{ Rule string }
		}
		Summary struct{ Files, Failed int }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if err := json.Unmarshal([]byte(alone), &want); err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 2 || res.Summary.Failed != 2 || res.Summary.Files != 2 {
		t.Fatalf("files %+v, summary %+v; want both files, both failed", res.Files, res.Summary)
	}
	for _, f := range res.Files {
		switch f.Path {
		case seed:
			if !strings.Contains(f.Error, "超出时间限制") || len(f.Diagnostics) != len(want.Files[0].Diagnostics) || len(f.Diagnostics) == 0 {
				t.Errorf("%s: error %q, %d diagnostics; want the time limit and its %d built-in diagnostics", f.Path, f.Error, len(f.Diagnostics), len(want.Files[0].Diagnostics))
			}
		case "no/such/report.txt":
			if f.Error == "" {
				t.Errorf("%s: no error", f.Path)
			}
		default:
			t.Errorf("unexpected file %s", f.Path)
		}
	}
}

// TestLintWalk lints a repository-like directory: its README is passed
// over (and counted) in the walk but flagged when named, a damaged .doc is
// named with its diagnostic, the HTML page an earlier run wrote is not
// linted and may be written again, and a directory without any report
// exits 2.
func TestLintWalk(t *testing.T) {
	dir := t.TempDir()
	copySeed(t, noTitle, filepath.Join(dir, "reports", noTitle))
	writeFile(t, filepath.Join(dir, "README.md"), "# 年报\n\n本仓库存放各单位的年度报告。\n")
	writeFile(t, filepath.Join(dir, "reports", "old.doc"), "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"+strings.Repeat("\x00", 504))
	t.Chdir(dir)

	for run := range 2 {
		code, out, errOut := runCmd(t, "", "lint", "--out", "html=review.html", ".")
		if code != 1 {
			t.Fatalf("run %d: exit %d, stderr %s", run+1, code, errOut)
		}
		if strings.Contains(out, "README.md") || strings.Contains(out, "review.html") {
			t.Errorf("run %d: the README or nianbao's own page was linted:\n%s", run+1, out)
		}
		if !strings.Contains(out, "old.doc:1:1: error: ") || !strings.Contains(out, "文件已损坏") {
			t.Errorf("run %d: no diagnostic for the damaged .doc:\n%s", run+1, out)
		}
		if !strings.Contains(out, "共检查 2 个文件") || !strings.Contains(out, "目录中另有 1 个文件不是年度报告，未检查") {
			t.Errorf("run %d: summary does not count the README as skipped:\n%s", run+1, out)
		}
	}
	if code, out, _ := runCmd(t, "", "lint", "README.md"); code != 1 || !strings.Contains(out, "README.md:1:1: error: ") {
		t.Errorf("README.md named: exit %d\n%s; want it flagged", code, out)
	}

	empty := t.TempDir()
	writeFile(t, filepath.Join(empty, "notes.md"), "# 说明\n")
	for _, d := range []string{empty, t.TempDir()} {
		if code, out, errOut := runCmd(t, "", "lint", d); code != 2 || out != "" || !strings.Contains(errOut, d+" 中未找到要检查的报告") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2, no report found", d, code, out, errOut)
		}
	}
}

// TestLintWalkOptions checks --exclude (a glob relative to the working
// directory, named or found files alike), -v (the files a walk passed
// over, listed) and --progress (a bar on standard error though it is no
// terminal).
func TestLintWalkOptions(t *testing.T) {
	dir := t.TempDir()
	copySeed(t, noTitle, filepath.Join(dir, "reports", noTitle))
	copySeed(t, noTitle, filepath.Join(dir, "reports", "drafts", "draft.txt"))
	writeFile(t, filepath.Join(dir, "reports", "README.md"), "# 说明\n\n本目录存放年度报告。\n")
	t.Chdir(dir)

	code, out, errOut := runCmd(t, "", "lint", "-v", "--exclude", "drafts/", "reports")
	if code != 1 || strings.Contains(out, "draft.txt") || !strings.Contains(out, "共检查 1 个文件") {
		t.Errorf("--exclude drafts/: exit %d, stderr %q\n%s", code, errOut, out)
	}
	if !strings.Contains(out, "reports/README.md：已跳过，不是年度报告\n") {
		t.Errorf("-v does not list the README passed over:\n%s", out)
	}
	if _, out, _ := runCmd(t, "", "lint", "reports"); strings.Contains(out, "README.md") || !strings.Contains(out, "共检查 2 个文件") {
		t.Errorf("without -v or --exclude:\n%s", out)
	}
	if code, _, errOut := runCmd(t, "", "lint", "--exclude", "reports/**/*.txt", "reports/drafts/draft.txt"); code != 2 || !strings.Contains(errOut, "未找到要检查的报告") {
		t.Errorf("--exclude of a named file: exit %d, %q; want it left out", code, errOut)
	}
	if code, _, errOut := runCmd(t, "", "lint", "--exclude", "/", "reports"); code != 2 || !strings.Contains(errOut, "--exclude：空的路径模式") {
		t.Errorf("--exclude of an empty pattern: exit %d, %q", code, errOut)
	}

	_, _, errOut = runCmd(t, "", "lint", "--progress", "reports")
	if !strings.Contains(errOut, "检查中") || !strings.Contains(errOut, "/3, ") {
		t.Errorf("--progress shows no bar on standard error: %q", errOut)
	}
	if _, _, errOut := runCmd(t, "", "lint", "--progress", "-q", "reports"); errOut != "" {
		t.Errorf("--progress -q: %q", errOut)
	}
}

// TestLintStdinFilename lints standard input under the name a caller
// gives it: every output names that path, not <stdin>.
func TestLintStdinFilename(t *testing.T) {
	report, err := os.ReadFile("../../testdata/seeds/003_894c8dbdb6e23194.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, out, _ := runCmd(t, string(report), "lint", "--stdin-filename", "reports/draft.txt", "-")
	if !strings.Contains(out, "reports/draft.txt:1:1: error: ") || strings.Contains(out, "stdin") {
		t.Errorf("text output:\n%s", out)
	}
	_, out, _ = runCmd(t, string(report), "lint", "-f", "sarif", "--stdin-filename", "reports/draft.txt", "-")
	if !strings.Contains(out, `"uri": "reports/draft.txt"`) || strings.Contains(out, "stdin") {
		t.Errorf("sarif output names standard input, not reports/draft.txt:\n%.600s", out)
	}
}
