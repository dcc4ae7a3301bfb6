package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seed000 = "../../testdata/seeds/000_55d435d651c286e9.txt"

// runCmd runs nianbao in-process and returns its exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestParse(t *testing.T) {
	code, out, errOut := runCmd(t, "", "parse", seed000)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		SchemaVersion int `json:"schema_version"`
		Title         struct{ Text string }
		Source        struct{ Path, Format, Encoding string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if doc.SchemaVersion != 1 || doc.Title.Text != "2024年昌吉州发改委政府信息公开工作年度报告" || doc.Source.Path != seed000 || doc.Source.Format != "text" {
		t.Errorf("unexpected document: %+v", doc)
	}
	if !strings.Contains(out, "\n  \"title\"") {
		t.Error("output is not indented")
	}
}

func TestParseStdinAndText(t *testing.T) {
	data, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCmd(t, string(data), "parse", "--text", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(out, "\n")
	// Full-width punctuation is folded one rune for one, so columns stay put.
	if lines[0] != "2024年昌吉州发改委政府信息公开工作年度报告" || len(lines) < 64 || lines[62] != "2025年1月19日" {
		t.Errorf("--text output starts %q and has %d lines", lines[0], len(lines))
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.txt")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"parse", filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"binary file", []string{"parse", bin}, "image.txt：文件不是文本，或使用了无法识别的编码"},
		{"no argument", []string{"parse"}, "只接受 1 个参数，给了 0 个"},
		{"no argument to lint, English", []string{"lint", "--lang", "en"}, "requires at least 1 argument, only received 0"},
		{"bad flag", []string{"parse", "--frobnicate", seed000}, "未知的选项：--frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tt.args...)
			if code != 2 || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tt.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "nianbao ") || !strings.Contains(out, "\nopa 1.") || !strings.Contains(out, "\nschema 1\n") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

// TestLintDirectory lints a directory with the five seeds, a binary file
// and an empty file: diagnostics for all seven files, exit 1.
func TestLintDirectory(t *testing.T) {
	dir := t.TempDir()
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "", "lint", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errOut)
	}
	files := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if file, _, ok := strings.Cut(line, ":"); ok && strings.HasPrefix(file, dir) {
			files[filepath.Base(file)] = true
		}
	}
	if len(files) != 7 || !files["image.txt"] || !files["empty.txt"] {
		t.Errorf("diagnostics for %d files (%v), want all 7:\n%s", len(files), files, out)
	}
	if !strings.Contains(out, "共检查 7 个文件") {
		t.Errorf("no summary line for 7 files:\n%s", out)
	}

	for _, args := range [][]string{
		{"lint", "--no-such-flag", dir},
		{"lint", "--fail-level", "fatal", dir},
		{"lint", "--format", "yaml", dir},
		{"lint", "--disable", "contact/mising", dir},
		{"lint"},
	} {
		if code, _, errOut := runCmd(t, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, errOut)
		}
	}
}

func TestLintExitCodesAndJSON(t *testing.T) {
	seed000 := "../../testdata/seeds/000_55d435d651c286e9.txt"
	seed003 := "../../testdata/seeds/003_894c8dbdb6e23194.txt"
	if code, _, errOut := runCmd(t, "", "lint", seed000); code != 0 {
		t.Errorf("seed 000: exit %d (%s), want 0", code, errOut)
	}
	if code, _, _ := runCmd(t, "", "lint", "--fail-level", "none", seed003); code != 0 {
		t.Errorf("--fail-level none: exit %d, want 0", code)
	}
	// Without the structure rules, 003 has warnings only.
	if code, _, _ := runCmd(t, "", "lint", "--disable", "structure/*", seed003); code != 0 {
		t.Errorf("warnings only: exit %d, want 0", code)
	}
	code, out, _ := runCmd(t, "", "lint", "--format", "json", "--fail-level", "warning", "--disable", "structure/*", seed003)
	if code != 1 {
		t.Errorf("--fail-level warning: exit %d, want 1", code)
	}
	var res struct {
		Files []struct {
			Path        string
			Diagnostics []struct {
				Rule, Severity, Message, Docs string
				Location                      struct {
					Path string
					Line int
				}
			}
		}
		Summary struct{ Files, Errors, Warnings, Infos int }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(res.Files) != 1 || res.Summary.Files != 1 {
		t.Fatalf("files = %+v", res.Files)
	}
	for _, d := range res.Files[0].Diagnostics {
		if strings.HasPrefix(d.Rule, "structure/") {
			t.Errorf("disabled rule %s reported", d.Rule)
		}
		if d.Location.Path != seed003 || d.Docs == "" {
			t.Errorf("diagnostic without path or docs: %+v", d)
		}
	}
}

// TestRulesDocIsCurrent checks that docs/rules.md is what
// `nianbao rules --format markdown` generates from the policies' METADATA.
func TestRulesDocIsCurrent(t *testing.T) {
	want, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	code, got, errOut := runCmd(t, "", "rules", "--format", "markdown")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got != string(want) {
		t.Error("docs/rules.md is out of date: run go generate ./cmd/nianbao")
	}
}

// TestInitThenTestAndLint runs nianbao init in an empty directory, then
// nianbao test . and nianbao lint on a seed there: both succeed, and the
// example policy takes part in the lint.
func TestInitThenTestAndLint(t *testing.T) {
	seed, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if code, out, errOut := runCmd(t, "", "init"); code != 0 || !strings.Contains(out, ".nianbao.yaml") {
		t.Fatalf("init: exit %d, %s %s", code, out, errOut)
	}
	code, out, errOut := runCmd(t, "", "test", "-v", ".")
	if code != 0 || !strings.Contains(out, `region["email-required_test"]`) || !strings.Contains(out, "PASS") {
		t.Fatalf("test -v .: exit %d\n%s\n%s", code, out, errOut)
	}
	// Without -v, only the count; --run picks tests; the configuration's
	// policies are tested without naming them.
	code, out, _ = runCmd(t, "", "test")
	if code != 0 || strings.Contains(out, "email-required_test") || !strings.HasPrefix(out, "PASS: ") {
		t.Errorf("test: exit %d\n%s; want a PASS count only", code, out)
	}
	code, out, _ = runCmd(t, "", "test", "-v", "--run", `email-required_test`)
	if code != 0 || !strings.Contains(out, `region["email-required_test"]`) || strings.Contains(out, "builtin:") {
		t.Errorf("test --run: exit %d\n%s; want the configured policy's tests only", code, out)
	}
	if code, _, errOut := runCmd(t, "", "test", "--run", "no_such_test_xyz"); code != 2 || !strings.Contains(errOut, `没有与 "no_such_test_xyz" 匹配的测试`) {
		t.Errorf("test --run matching nothing: exit %d, %s", code, errOut)
	}
	code, out, _ = runCmd(t, "", "rules", "region/email-required")
	if code != 0 || !strings.HasPrefix(out, "region/email-required  ") || strings.Contains(out, "structure/") {
		t.Errorf("rules region/email-required (from the configuration's policies): exit %d\n%s", code, out)
	}
	if err := os.WriteFile("report.txt", seed, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCmd(t, "", "lint", "report.txt")
	if code != 0 {
		t.Fatalf("lint: exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "report.txt:2:162: warning: 联系方式中没有电子邮箱") || !strings.Contains(out, "[region/email-required]") {
		t.Errorf("the example policy did not take part in the lint:\n%s", out)
	}
	if code, _, errOut := runCmd(t, "", "init"); code != 2 || !strings.Contains(errOut, "--force") {
		t.Errorf("second init: exit %d, %s; want 2 refusing to overwrite", code, errOut)
	}
}

// TestUnsafePolicyIsRejected checks the flag that lets a policy call
// http.send.
func TestUnsafePolicyIsRejected(t *testing.T) {
	dir := "../../testdata/policies/unsafe-http"
	code, _, errOut := runCmd(t, "", "lint", "--policy", dir, seed000)
	if code != 2 || !strings.Contains(errOut, "http.send") || !strings.Contains(errOut, "--allow-unsafe-builtins") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, "", "rules", "--policy", "../../policies/regions/township-deadline"); code != 0 {
		t.Errorf("rules --policy: exit %d %s", code, errOut)
	}
}

// TestLintCorpus lints a directory like ../shared/corpus: a saved web page,
// a Word document, two PDFs and their text: every file of every format is
// read as a report.
func TestLintCorpus(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"../../testdata/html/pingtan-2019.html":            "html",
		"../../testdata/docx/changji-fgw-2024.docx":        "docx",
		"../../testdata/pdf/hongze-gov-2023.pdf":           "pdf",
		"../../testdata/pdf/huaian-gov-2024.pdf":           "pdf",
		"../../testdata/layout/hongze-gov-2023.layout.txt": "text",
		"../../testdata/layout/huaian-gov-2024.layout.txt": "text",
	}
	for src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(src)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, out, errOut := runCmd(t, "", "lint", "--format", "json", "--fail-level", "none", dir)
	var res struct {
		Files []struct {
			Path, Format string
			Diagnostics  []struct{ Rule string }
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s %s", err, out, errOut)
	}
	if len(res.Files) != len(files) {
		t.Fatalf("linted %d files, want %d", len(res.Files), len(files))
	}
	for _, f := range res.Files {
		want := ""
		for src, format := range files {
			if filepath.Base(src) == filepath.Base(f.Path) {
				want = format
			}
		}
		if f.Format != want {
			t.Errorf("%s read as %q, want %q", f.Path, f.Format, want)
		}
		for _, d := range f.Diagnostics {
			if strings.HasPrefix(d.Rule, "parse/") {
				t.Errorf("%s: %s", f.Path, d.Rule)
			}
		}
	}
}

// TestTestCommandFails runs nianbao test on a policy directory with a
// failing test: the failure is printed and the exit code is 1.
func TestTestCommandFails(t *testing.T) {
	dir := t.TempDir()
	src := "package region.broken_test\n\ntest_two_is_three if {\n\t2 == 3\n}\n\ntest_one_is_one if {\n\t1 == 1\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "broken_test.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	// Without -v, the failure and the count; with it, the passes too.
	code, out, _ := runCmd(t, "", "test", dir)
	if code != 1 || !strings.Contains(out, "test_two_is_three: FAIL") || strings.Contains(out, "test_one_is_one: PASS") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	code, out, _ = runCmd(t, "", "test", "-v", dir)
	if code != 1 || !strings.Contains(out, "test_two_is_three: FAIL") || !strings.Contains(out, "test_one_is_one: PASS") {
		t.Errorf("-v: exit %d, output:\n%s", code, out)
	}
}

// TestConfigAppliesToCustomRules sets a custom rule's level and another's
// ignore glob in .nianbao.yaml.
func TestConfigAppliesToCustomRules(t *testing.T) {
	seed, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	pack, err := filepath.Abs("../../policies/regions/email-and-open-day")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	cfg := "policies: [" + pack + "]\nrules:\n  region/email-required: {level: error}\n  region/open-day: {ignore: [\"drafts/**\"]}\n"
	if err := os.WriteFile(".nianbao.yaml", []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll("drafts", 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"report.txt", "drafts/report.txt"} {
		if err := os.WriteFile(p, seed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCmd(t, "", "lint", "report.txt", "drafts")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (email-required raised to error)\n%s%s", code, out, errOut)
	}
	for _, want := range []string{
		"report.txt:2:162: error: 联系方式中没有电子邮箱",
		"drafts/report.txt:2:162: error: 联系方式中没有电子邮箱",
		"report.txt:60:1: warning: 报告未提及“5·15政务公开日”",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "drafts/report.txt:60:1") {
		t.Errorf("region/open-day reported in an ignored path:\n%s", out)
	}
}

// TestLintStdin lints a report read from standard input.
func TestLintStdin(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seeds/003_894c8dbdb6e23194.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, string(data), "lint", "-")
	if code != 1 || !strings.Contains(out, "<stdin>:1:1: error: 未找到标题行") {
		t.Errorf("exit %d, output:\n%s%s", code, out, errOut)
	}
	if code, _, errOut := runCmd(t, string(data), "lint", "-", "-"); code != 2 || !strings.Contains(errOut, "“-”（标准输入）给出了不止一次") {
		t.Errorf("stdin twice: exit %d, %s", code, errOut)
	}
}
