package output

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

// withFailures is the fixture with two files that could not be linted
// completely: one not found, one whose custom policies timed out after its
// built-in diagnostics.
func withFailures() *Result {
	r := fixture()
	r.Files = append(r.Files,
		engine.FileResult{Path: "reports/missing.txt", Error: "stat reports/missing.txt: no such file or directory"},
		engine.FileResult{Path: "reports/slow.txt", Format: "text", Error: "custom policies: policy evaluation exceeded the time limit",
			Diagnostics: []engine.Diagnostic{{Rule: "dates/late", Severity: engine.SeverityWarning, Message: "晚了"}}},
	)
	return r
}

// TestFailedFilesInEveryFormat checks that a file that could not be
// linted completely is shown as failed in every format, never as clean,
// and counted in the summary.
func TestFailedFilesInEveryFormat(t *testing.T) {
	r := withFailures()
	if s := r.Summary(); s.Failed != 2 || s.Files != 5 {
		t.Errorf("summary %+v, want 2 failed of 5", s)
	}

	text := formatString(t, Text{}, r)
	for _, want := range []string{
		"reports/missing.txt: error: 未能完成检查：stat reports/missing.txt: no such file or directory\n",
		"reports/slow.txt: error: 未能完成检查：custom policies: policy evaluation exceeded the time limit\n",
		"，2 个文件未能完成检查\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}

	var js struct {
		Files []struct {
			Path, Error string
			Diagnostics []engine.Diagnostic
		}
		Summary Summary
	}
	if err := json.Unmarshal([]byte(formatString(t, JSON{}, r)), &js); err != nil {
		t.Fatal(err)
	}
	errs := map[string]string{}
	for _, f := range js.Files {
		errs[f.Path] = f.Error
		if f.Path == "reports/slow.txt" && len(f.Diagnostics) != 1 {
			t.Errorf("json: slow.txt lost its built-in diagnostics")
		}
	}
	if errs["reports/missing.txt"] == "" || errs["reports/slow.txt"] == "" || errs["reports/ok.txt"] != "" || js.Summary.Failed != 2 {
		t.Errorf("json errors %v, summary %+v", errs, js.Summary)
	}

	var log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool `json:"executionSuccessful"`
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				} `json:"toolExecutionNotifications"`
			}
		}
	}
	sarifOut := formatString(t, SARIF{WorkDir: fixtureWorkDir}, r)
	validateSARIF(t, []byte(sarifOut))
	if err := json.Unmarshal([]byte(sarifOut), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) != 2 ||
		!strings.Contains(inv[0].ToolExecutionNotifications[0].Message.Text, "missing.txt") {
		t.Errorf("sarif invocations %+v, want one unsuccessful with 2 notifications", inv)
	}
	if clean := formatString(t, SARIF{}, fixture()); !strings.Contains(clean, `"executionSuccessful": true`) {
		t.Errorf("sarif of a run without failures is not successful")
	}

	var suites struct {
		Errors int `xml:"errors,attr"`
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name  string `xml:"name,attr"`
				Error *struct {
					Message string `xml:"message,attr"`
				} `xml:"error"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(formatString(t, JUnit{}, r)), &suites); err != nil {
		t.Fatal(err)
	}
	if suites.Errors != 2 {
		t.Errorf("junit errors = %d, want 2", suites.Errors)
	}
	for _, s := range suites.Suites {
		if s.Name == "reports/missing.txt" && (len(s.Cases) != 1 || s.Cases[0].Error == nil) {
			t.Errorf("junit missing.txt: %+v, want one errored case and no rule passing", s.Cases)
		}
	}

	gh := formatString(t, GitHub{WorkDir: fixtureWorkDir}, r)
	if !strings.Contains(gh, "::error file=reports/missing.txt,title=nianbao::未能完成检查：") {
		t.Errorf("github lacks the failed file:\n%s", gh)
	}
	var md strings.Builder
	if err := WriteSummary(&md, r, fixtureWorkDir); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "### reports/missing.txt") || !strings.Contains(md.String(), "2 个文件未能完成检查") {
		t.Errorf("step summary lacks the failed files:\n%s", md.String())
	}

	page := formatString(t, HTML{}, r)
	if !strings.Contains(page, "未能完成检查：stat reports/missing.txt") {
		t.Errorf("html lacks the failed file")
	}

	r.Lang = "en"
	if text := formatString(t, Text{}, r); !strings.Contains(text, ", 2 files could not be checked completely\n") {
		t.Errorf("english summary:\n%s", text)
	}
}

// TestPlaceInFile checks that text and GitHub output name the page of a
// PDF location and the paragraph of a Word one, in the run's language.
func TestPlaceInFile(t *testing.T) {
	r := fixture()
	r.Files = []engine.FileResult{{Path: "a.pdf", Format: "pdf", Diagnostics: []engine.Diagnostic{
		{Rule: "dates/late", Severity: engine.SeverityWarning, Message: "晚了", Location: engine.Location{Loc: report.Loc{Line: 103, Column: 29, Page: 4}}},
	}}, {Path: "b.docx", Format: "docx", Diagnostics: []engine.Diagnostic{
		{Rule: "dates/late", Severity: engine.SeverityWarning, Message: "晚了", Location: engine.Location{Loc: report.Loc{Line: 13, Column: 1, Paragraph: 13}}},
	}}}
	text := formatString(t, Text{}, r)
	for _, want := range []string{"a.pdf:103:29: warning: 晚了（第4页） [dates/late]", "b.docx:13:1: warning: 晚了（第13段） [dates/late]"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if gh := formatString(t, GitHub{}, r); !strings.Contains(gh, "::晚了（第4页）") {
		t.Errorf("github lacks the page:\n%s", gh)
	}
	r.Lang = "en"
	if text := formatString(t, Text{}, r); !strings.Contains(text, "晚了 (page 4) [dates/late]") || !strings.Contains(text, "(paragraph 13)") {
		t.Errorf("english text:\n%s", text)
	}
}
