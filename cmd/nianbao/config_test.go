package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// The rules these tests are about; every other rule is disabled on the
// command line so that the tests hold whatever rules are added.
var configTestRules = []string{"parse/unrecognized", "structure/title-missing"}

func disableOthers(t *testing.T) []string {
	t.Helper()
	_, rules, err := engine.Compile(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	for _, r := range rules {
		if !slices.Contains(configTestRules, r.ID) {
			args = append(args, "--disable", r.ID)
		}
	}
	return args
}

// configTree builds a directory of reports: 000 (a report with its
// title), 003 (no title) under reports/, archive/ and old/, and a text
// that is not a report at all. It returns the directory.
func configTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copySeed(t, seedNames[0], filepath.Join(dir, "reports", seedNames[0]))
	for _, sub := range []string{"reports", "archive", "old"} {
		copySeed(t, noTitle, filepath.Join(dir, sub, noTitle))
	}
	writeFile(t, filepath.Join(dir, "reports", "notes.txt"), "会议纪要\n今天开会，讨论了明年的工作。\n")
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lintDiags runs lint with the json format and returns the exit code and
// "path rule severity" for every diagnostic, and the files linted.
func lintDiags(t *testing.T, args ...string) (int, []string, []string) {
	t.Helper()
	args = append(append([]string{"lint", "-f", "json"}, disableOthers(t)...), args...)
	code, out, errOut := runCmd(t, "", args...)
	if code == 2 {
		t.Fatalf("exit 2: %s", errOut)
	}
	r := parseLintJSON(t, out)
	var diags, files []string
	for _, f := range r.Files {
		files = append(files, filepath.ToSlash(f.Path))
		for _, d := range f.Diagnostics {
			diags = append(diags, filepath.ToSlash(f.Path)+" "+d.Rule+" "+d.Severity)
		}
	}
	slices.Sort(diags)
	slices.Sort(files)
	return code, diags, files
}

const testConfig = `# a rule off, a rule to warning, paths ignored
ignore: ["archive/**"]
rules:
  parse/unrecognized: {level: off}
  structure/title-missing: {level: warning, ignore: ["old/**"]}
`

func TestConfigChangesLint(t *testing.T) {
	dir := configTree(t)
	t.Chdir(dir)

	code, diags, files := lintDiags(t, ".")
	want := []string{
		"archive/" + noTitle + " structure/title-missing error",
		"old/" + noTitle + " structure/title-missing error",
		"reports/" + noTitle + " structure/title-missing error",
	}
	// reports/notes.txt, found by the walk, is no report: not linted.
	if code != 1 || !slices.Equal(diags, want) || len(files) != 4 {
		t.Fatalf("without a configuration: exit %d, %q, %d files; want 1, %q, 4 files", code, diags, len(files), want)
	}

	writeFile(t, filepath.Join(dir, ".nianbao.yaml"), testConfig)
	code, diags, files = lintDiags(t, ".")
	want = []string{"reports/" + noTitle + " structure/title-missing warning"}
	if code != 0 || !slices.Equal(diags, want) {
		t.Errorf("with the configuration: exit %d, %q; want 0, %q", code, diags, want)
	}
	if slices.ContainsFunc(files, func(f string) bool { return strings.HasPrefix(f, "archive/") }) || len(files) != 4 {
		t.Errorf("files linted %q: want 4, none under archive/", files)
	}

	// Named explicitly, an ignored path is still not linted: with nothing
	// else, there is no report to lint.
	if code, out, errOut := runCmd(t, "", "lint", "archive/"+noTitle, "archive"); code != 2 || out != "" || !strings.Contains(errOut, "未找到要检查的报告") {
		t.Errorf("ignored paths named on the command line: exit %d, stdout %q, stderr %q; want 2, no report found", code, out, errOut)
	}

	// Flags override the file.
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"fail level", []string{"--fail-level", "warning"}, 1, []string{"reports/" + noTitle + " structure/title-missing warning"}},
		// Enabled, parse/unrecognized tells the walk that reports/notes.txt
		// is no report.
		{"enable after levels", []string{"--enable", "parse/unrecognized"}, 0, []string{
			"reports/" + noTitle + " structure/title-missing warning"}},
		{"disable after levels", []string{"--disable", "structure/title-missing", "--fail-level", "info"}, 0, nil},
	}
	for _, tt := range tests {
		code, diags, _ := lintDiags(t, append(tt.args, ".")...)
		if code != tt.code || !slices.Equal(diags, tt.want) {
			t.Errorf("%s: exit %d, %q; want %d, %q", tt.name, code, diags, tt.code, tt.want)
		}
	}
}

func TestConfigSettingsAndFlags(t *testing.T) {
	dir := configTree(t)
	t.Chdir(dir)
	writeFile(t, filepath.Join(dir, ".nianbao.yaml"), "fail-level: warning\nlang: en\nrules:\n  structure/title-missing: {level: warning}\n")
	args := append(append([]string{"lint"}, disableOthers(t)...), "reports/"+noTitle)

	code, out, _ := runCmd(t, "", args...)
	if code != 1 || !strings.Contains(out, "1 file checked: 0 errors, 1 warning, 0 infos") {
		t.Errorf("fail-level and lang from the file: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", append(args, "--fail-level", "error", "--lang", "zh")...)
	if code != 0 || !strings.Contains(out, "共检查 1 个文件：0 个错误，1 个警告") {
		t.Errorf("flags over the file: exit %d\n%s", code, out)
	}
}

func TestConfigDiscovery(t *testing.T) {
	dir := configTree(t)
	writeFile(t, filepath.Join(dir, ".nianbao.yaml"), testConfig)
	writeFile(t, filepath.Join(dir, "other", "strict.yaml"), "fail-level: info\n")

	// From a subdirectory: the file above is found, and its globs stay
	// relative to its own directory.
	t.Chdir(filepath.Join(dir, "reports"))
	code, diags, files := lintDiags(t, "..")
	want := []string{"../reports/" + noTitle + " structure/title-missing warning"}
	if code != 0 || !slices.Equal(diags, want) || len(files) != 4 {
		t.Errorf("discovered from reports/: exit %d, %q, files %q; want 0, %q, 4 files", code, diags, files, want)
	}

	// -c wins over the file found: nothing is ignored, every rule keeps
	// its severity, and infos fail.
	code, diags, files = lintDiags(t, "-c", "../other/strict.yaml", "..")
	if code != 1 || len(files) != 4 || len(diags) != 3 {
		t.Errorf("-c: exit %d, %q, %d files; want 1, 3 diagnostics, 4 files (notes.txt is no report)", code, diags, len(files))
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name, config string
		want         []string
	}{
		// Mistakes are told in the language of the run: the file's own
		// lang, else Chinese.
		{"rule id typo", "lang: zh\nrules:\n  structure/titel-missing: {level: off}\n",
			[]string{".nianbao.yaml:3:3: ", `rules：未知的规则 "structure/titel-missing"`, `（是否想写 "structure/title-missing"？）`}},
		{"rule id typo, ignore only, English", "lang: en\nrules:\n  parse/unrecognised: {ignore: [x]}\n",
			[]string{".nianbao.yaml:3:3: ", `rules: unknown rule "parse/unrecognised"`, `did you mean "parse/unrecognized"?`}},
		{"unknown key", "fail_level: error\n",
			[]string{".nianbao.yaml:1:1: ", `未知的键 "fail_level"`, `是否想写 "fail-level"？`, "可用的键：data, fail-level, ignore, issuer-kind, lang, policies, rules"}},
		{"unknown key, English", "lang: en\nfail_level: error\n",
			[]string{".nianbao.yaml:2:1: ", `unknown key "fail_level"`, `did you mean "fail-level"?`, "valid keys: data, fail-level, ignore, issuer-kind, lang, policies, rules"}},
		{"bad value", "issuer-kind: city\n", []string{".nianbao.yaml:1:14: ", `无效的 issuer-kind "city"（可用：government, department, township）`}},
		{"bad level", "rules:\n  structure/title-missing: {level: fatal}\n", []string{".nianbao.yaml:2:36: ", `无效的 level "fatal"`}},
		// A policy directory or data file that is not there is blamed
		// on its entry.
		{"missing policy directory", "policies: [./nope]\n", []string{".nianbao.yaml:1:12: policies：./nope 不存在"}},
		{"missing data file, English", "lang: en\ndata:\n  - ./nope.yaml\n", []string{".nianbao.yaml:3:5: data: ./nope.yaml does not exist"}},
		{"policy directory that is a file", "policies: [" + noTitle + "]\n", []string{".nianbao.yaml:1:12: policies：" + noTitle + " 不是目录"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			copySeed(t, noTitle, filepath.Join(dir, noTitle))
			writeFile(t, filepath.Join(dir, ".nianbao.yaml"), tt.config)
			t.Chdir(dir)
			code, out, errOut := runCmd(t, "", "lint", noTitle)
			if code != 2 || out != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
		})
	}
}

func TestConfigFlagErrors(t *testing.T) {
	dir := t.TempDir()
	copySeed(t, noTitle, filepath.Join(dir, noTitle))
	t.Chdir(dir)
	code, _, errOut := runCmd(t, "", "lint", "-c", "missing.yaml", noTitle)
	if code != 2 || !strings.Contains(errOut, "missing.yaml") {
		t.Errorf("-c with a missing file: exit %d, %q", code, errOut)
	}
	// A rule named on the command line is not blamed on the file.
	writeFile(t, filepath.Join(dir, ".nianbao.yaml"), "rules:\n  structure/title-missing: {level: warning}\n")
	code, _, errOut = runCmd(t, "", "lint", "--disable", "structure/titel-missing", noTitle)
	if code != 2 || strings.Contains(errOut, ".nianbao.yaml") || !strings.Contains(errOut, `是否想写 "structure/title-missing"`) {
		t.Errorf("--disable typo: exit %d, %q", code, errOut)
	}
}
