package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/nianbao/nianbao/internal/schematest"
)

// actionRun is one run of the Action's script.
type actionRun struct {
	code    int
	stdout  string
	stderr  string
	outputs map[string]string
	summary string
}

// runAction runs scripts/action.sh as the runner runs the composite
// action's step: in the workspace (dir), with GITHUB_ACTION_PATH at the
// repository, RUNNER_TEMP, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY set to
// temporary files, and the inputs as INPUT_* variables. nianbao must do
// its job (no exit 2).
func runAction(t *testing.T, dir string, inputs map[string]string) actionRun {
	t.Helper()
	run := runActionAny(t, dir, inputs)
	if run.code == 2 {
		t.Fatalf("the action failed (exit 2):\n%s%s", run.stdout, run.stderr)
	}
	return run
}

// runActionAny is runAction whatever the exit code.
func runActionAny(t *testing.T, dir string, inputs map[string]string) actionRun {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is missing")
	}
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	runner := t.TempDir()
	outputFile := filepath.Join(runner, "output")
	summaryFile := filepath.Join(runner, "summary.md")
	cmd := exec.Command(bash, filepath.Join(repo, "scripts", "action.sh"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GITHUB_ACTION_PATH="+repo,
		"GITHUB_ACTION_REF=",
		"RUNNER_TEMP="+runner,
		"GITHUB_OUTPUT="+outputFile,
		"GITHUB_STEP_SUMMARY="+summaryFile,
	)
	for _, name := range []string{"PATHS", "CONFIG", "POLICIES", "FAIL_LEVEL", "SARIF_FILE", "LANG"} {
		cmd.Env = append(cmd.Env, "INPUT_"+name+"="+inputs[name])
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	run := actionRun{stdout: stdout.String(), stderr: stderr.String(), outputs: map[string]string{}}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		run.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("run the action: %v", err)
	}
	out, err := os.ReadFile(outputFile)
	if err != nil {
		t.Fatalf("GITHUB_OUTPUT: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		k, v, _ := strings.Cut(line, "=")
		run.outputs[k] = v
	}
	summary, err := os.ReadFile(summaryFile)
	if err != nil {
		t.Fatalf("GITHUB_STEP_SUMMARY: %v", err)
	}
	run.summary = string(summary)
	return run
}

// summaryRow matches a row of the summary's table of files.
var summaryRow = regexp.MustCompile(`(?m)^\| (\S+) \| (\d+) \| (\d+) \| (\d+) \|$`)

func TestActionScript(t *testing.T) {
	work := t.TempDir()
	for _, s := range seedNames {
		copySeed(t, s, filepath.Join(work, "reports", s))
	}
	run := runAction(t, work, map[string]string{"PATHS": "reports"})

	if run.code != 1 {
		t.Errorf("exit %d, want 1: 003 has no title", run.code)
	}
	// Annotations: one per diagnostic; 003's missing title among them.
	if want := "::error file=reports/" + noTitle + ",line=1,col=1,endLine=1,endColumn=1,title=structure/title-missing::"; !strings.Contains(run.stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, run.stdout)
	}
	errorLines := strings.Count("\n"+run.stdout, "\n::error ")
	warningLines := strings.Count("\n"+run.stdout, "\n::warning ")

	// Outputs.
	if run.outputs["errors"] != strconv.Itoa(errorLines) || run.outputs["warnings"] != strconv.Itoa(warningLines) {
		t.Errorf("outputs %v; the annotations hold %d errors and %d warnings", run.outputs, errorLines, warningLines)
	}
	sarifPath := run.outputs["sarif-file"]
	if filepath.Base(sarifPath) != "nianbao.sarif" || !filepath.IsAbs(sarifPath) {
		t.Errorf("sarif-file=%q, want nianbao.sarif in RUNNER_TEMP", sarifPath)
	}
	sarif, err := os.ReadFile(sarifPath)
	if err != nil {
		t.Fatalf("SARIF file: %v", err)
	}
	if err := schematest.CheckFile("../../testdata/sarif/sarif-schema-2.1.0.json", sarif); err != nil {
		t.Errorf("the SARIF file is not valid SARIF 2.1.0: %v", err)
	}
	if !strings.Contains(string(sarif), `"uri": "reports/`+noTitle+`"`) {
		t.Error("the SARIF file does not name 003 relative to the workspace")
	}

	// The summary: a row per seed, counts adding up to the outputs.
	if !strings.HasPrefix(run.summary, "## nianbao\n") {
		t.Errorf("summary:\n%s", run.summary)
	}
	rows := summaryRow.FindAllStringSubmatch(run.summary, -1)
	if len(rows) != len(seedNames) {
		t.Fatalf("%d rows in the summary's table, want %d:\n%s", len(rows), len(seedNames), run.summary)
	}
	errorsSum, warningsSum := 0, 0
	for i, row := range rows {
		if want := "reports/" + strings.ReplaceAll(seedNames[i], "_", `\_`); row[1] != want {
			t.Errorf("row %d names %s, want %s", i, row[1], want)
		}
		e, _ := strconv.Atoi(row[2])
		w, _ := strconv.Atoi(row[3])
		errorsSum += e
		warningsSum += w
		if seedNames[i] == noTitle && e < 1 {
			t.Errorf("row of 003 counts no error: %s", row[0])
		}
	}
	if strconv.Itoa(errorsSum) != run.outputs["errors"] || strconv.Itoa(warningsSum) != run.outputs["warnings"] {
		t.Errorf("summary counts %d errors, %d warnings; outputs %v", errorsSum, warningsSum, run.outputs)
	}
	if !strings.Contains(run.summary, "\n### reports/003\\_894c8dbdb6e23194.txt\n") {
		t.Error("the summary does not list 003's diagnostics")
	}
}

func TestActionScriptInputs(t *testing.T) {
	work := t.TempDir()
	copySeed(t, noTitle, filepath.Join(work, "reports", noTitle))
	copySeed(t, seedNames[0], filepath.Join(work, "reports", seedNames[0]))
	copySeed(t, seedNames[1], filepath.Join(work, "unlisted", seedNames[1]))
	writeFile(t, filepath.Join(work, "ci", "nianbao.yaml"), "rules:\n  structure/title-missing: {level: warning}\n")
	run := runAction(t, work, map[string]string{
		"PATHS":      "  reports/" + noTitle + "\n\n reports/" + seedNames[0] + "  \n",
		"CONFIG":     "ci/nianbao.yaml",
		"FAIL_LEVEL": "none",
		"SARIF_FILE": "out/lint.sarif",
		"LANG":       "en",
	})
	if run.code != 0 {
		t.Errorf("exit %d with fail-level none", run.code)
	}
	if !strings.Contains(run.stdout, "::warning file=reports/"+noTitle+",line=1,col=1,") {
		t.Errorf("the configuration's level is not applied:\n%s", run.stdout)
	}
	if strings.Contains(run.stdout, "unlisted/") || len(summaryRow.FindAllString(run.summary, -1)) != 2 {
		t.Errorf("paths beyond the two listed were linted:\n%s", run.summary)
	}
	if !strings.Contains(run.summary, "2 files checked: ") {
		t.Errorf("lang en not applied to the summary:\n%s", run.summary)
	}
	if w, _ := strconv.Atoi(run.outputs["warnings"]); w < 1 {
		t.Errorf("warnings=%q", run.outputs["warnings"])
	}
	if want := filepath.Join(work, "out", "lint.sarif"); run.outputs["sarif-file"] != want {
		t.Errorf("sarif-file=%q, want %q", run.outputs["sarif-file"], want)
	}
	if _, err := os.Stat(filepath.Join(work, "out", "lint.sarif")); err != nil {
		t.Errorf("SARIF file: %v", err)
	}
}

// TestActionDefaults runs the Action with its default inputs (paths: .)
// on a repository that holds reports, a README.md and the review page of
// an earlier run: only the reports are linted, the run fails for their
// errors only, and every annotation is on a report.
func TestActionDefaults(t *testing.T) {
	work := t.TempDir()
	for _, s := range seedNames {
		copySeed(t, s, filepath.Join(work, "reports", s))
	}
	writeFile(t, filepath.Join(work, "README.md"), "# 年度报告\n\n本仓库存放本单位历年的政府信息公开工作年度报告。\n")
	if code, _, errOut := runCmd(t, "", "lint", "-f", "html", "-o", filepath.Join(work, "review.html"), filepath.Join(work, "reports")); code != 1 {
		t.Fatalf("the earlier run: exit %d, %s", code, errOut)
	}
	run := runAction(t, work, map[string]string{})
	if run.code != 1 {
		t.Errorf("exit %d, want 1 for the seeds' errors", run.code)
	}
	annotations := regexp.MustCompile(`(?m)^::(error|warning|notice) file=([^,:]+)`).FindAllStringSubmatch(run.stdout, -1)
	if len(annotations) == 0 {
		t.Fatalf("no annotations:\n%s", run.stdout)
	}
	for _, a := range annotations {
		if !strings.HasPrefix(a[2], "reports/") {
			t.Errorf("annotation on %s, not on a report", a[2])
		}
	}
	if e, _ := strconv.Atoi(run.outputs["errors"]); e < 1 {
		t.Errorf("errors=%q", run.outputs["errors"])
	}
	if rows := summaryRow.FindAllStringSubmatch(run.summary, -1); len(rows) != len(seedNames) {
		t.Errorf("%d rows in the summary, want the %d seeds:\n%s", len(rows), len(seedNames), run.summary)
	}
	if !strings.Contains(run.summary, "目录中另有 1 个文件不是年度报告") {
		t.Errorf("the summary does not count the README as passed over:\n%s", run.summary)
	}
}

// TestActionFailedPath runs the Action on a report and a path that does
// not exist: the step fails (exit 2) and the missing path is an error
// annotation, a failed file in the summary and in the SARIF file.
func TestActionFailedPath(t *testing.T) {
	work := t.TempDir()
	copySeed(t, seedNames[0], filepath.Join(work, "reports", seedNames[0]))
	run := runActionAny(t, work, map[string]string{"PATHS": "reports\nreports/gone.txt"})
	if run.code != 2 {
		t.Errorf("exit %d, want 2", run.code)
	}
	if want := "::error file=reports/gone.txt,title=nianbao::未能完成检查：文件或目录不存在"; !strings.Contains(run.stdout, want) {
		t.Errorf("stdout lacks %q:\n%s", want, run.stdout)
	}
	if !strings.Contains(run.summary, "### reports/gone.txt") || !strings.Contains(run.summary, "1 个文件未能完成检查") {
		t.Errorf("summary:\n%s", run.summary)
	}
	sarif, err := os.ReadFile(run.outputs["sarif-file"])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(sarif), `"executionSuccessful": false`) || !strings.Contains(string(sarif), "gone.txt") {
		t.Errorf("SARIF does not report the failed path:\n%.1500s", sarif)
	}
}

// action.yml passes every input to the script and exposes the script's
// outputs.
func TestActionMetadata(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs  map[string]struct{ Default string }
		Outputs map[string]struct{ Value string }
		Runs    struct {
			Using string
			Steps []struct {
				ID   string
				Uses string
				With map[string]string
				Env  map[string]string
				Run  string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	if action.Runs.Using != "composite" || len(action.Runs.Steps) != 2 {
		t.Fatalf("runs: %+v", action.Runs)
	}
	setup, lint := action.Runs.Steps[0], action.Runs.Steps[1]
	if !strings.HasPrefix(setup.Uses, "actions/setup-go@") || setup.With["go-version-file"] != "${{ github.action_path }}/go.mod" {
		t.Errorf("setup step %+v", setup)
	}
	if lint.Run != `bash "$GITHUB_ACTION_PATH/scripts/action.sh"` {
		t.Errorf("lint step runs %q", lint.Run)
	}
	want := []string{"config", "fail-level", "lang", "paths", "policies", "sarif-file"}
	var got []string
	for name := range action.Inputs {
		got = append(got, name)
		env := "INPUT_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
		if lint.Env[env] != "${{ inputs."+name+" }}" {
			t.Errorf("input %s is not passed as %s: %q", name, env, lint.Env[env])
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("inputs %q, want %q", got, want)
	}
	for _, name := range []string{"errors", "warnings", "sarif-file"} {
		if v := action.Outputs[name].Value; v != "${{ steps."+lint.ID+".outputs."+name+" }}" {
			t.Errorf("output %s = %q", name, v)
		}
	}
	if len(action.Outputs) != 3 {
		t.Errorf("outputs %v", action.Outputs)
	}
}
