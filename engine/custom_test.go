package engine_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nianbao/nianbao/engine"
)

const (
	seedDir   = "../testdata/seeds"
	seed000   = seedDir + "/000_55d435d651c286e9.txt"
	seed002   = seedDir + "/002_c19ea3132700905e.txt"
	seed003   = seedDir + "/003_894c8dbdb6e23194.txt"
	emailPack = "../policies/regions/email-and-open-day"
	townPack  = "../policies/regions/township-deadline"
)

func find(ds []engine.Diagnostic, rule string) []engine.Diagnostic {
	var out []engine.Diagnostic
	for _, d := range ds {
		if d.Rule == rule {
			out = append(out, d)
		}
	}
	return out
}

// TestCustomPolicies loads the region packs and a data file, lints the
// seeds, and finds the custom diagnostics next to the built-in ones.
func TestCustomPolicies(t *testing.T) {
	data := filepath.Join(t.TempDir(), "deadline.yaml")
	if err := os.WriteFile(data, []byte("region:\n  township_deadline: \"01-10\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := newEngine(t, engine.Options{
		PolicyDirs:         []string{emailPack, townPack, "../testdata/policies/minimal"},
		DataFiles:          []string{data},
		IssuerKindOverride: "township",
	})
	ids := map[string]bool{}
	for _, r := range e.Rules() {
		ids[r.ID] = true
	}
	for _, id := range []string{"region/email-required", "region/open-day", "region/township-deadline", "region.minimal", "structure/title-missing"} {
		if !ids[id] {
			t.Errorf("rule %s not loaded", id)
		}
	}

	ds := lintFile(t, e, seed000).Diagnostics
	email := find(ds, "region/email-required")
	if len(email) != 1 || email[0].Severity != engine.SeverityWarning || email[0].Location.Line != 2 || email[0].Location.Column != 162 {
		t.Errorf("region/email-required = %+v, want one warning at the contact details (2:162)", email)
	}
	day := find(ds, "region/open-day")
	if len(day) != 1 || day[0].Location.Line != 60 || !strings.Contains(day[0].Message, "政务公开日") {
		t.Errorf("region/open-day = %+v, want one at section 六 (line 60)", day)
	}
	late := find(ds, "region/township-deadline")
	if len(late) != 1 || late[0].Severity != engine.SeverityError || late[0].Location.Line != 63 ||
		late[0].Message != "乡镇（街道）年度报告发布日期2025-01-19晚于本地区规定的2025-01-10" {
		t.Errorf("region/township-deadline = %+v", late)
	}
	minimal := find(ds, "region.minimal")
	if len(minimal) != 2 {
		t.Fatalf("region.minimal = %+v, want a deny and a warn", minimal)
	}
	for _, d := range minimal {
		switch d.Severity {
		case engine.SeverityError:
			if d.Message != "联系方式中没有电子邮箱" || d.Location.Line != 1 {
				t.Errorf("deny = %+v", d)
			}
		case engine.SeverityWarning:
			if d.Message != "请核对发布日期" || d.Location.Line != 63 {
				t.Errorf("warn = %+v", d)
			}
		}
	}

	// 002 reports its 5·15 activities; 003 still gets its built-in findings.
	if got := find(lintFile(t, e, seed002).Diagnostics, "region/open-day"); len(got) != 0 {
		t.Errorf("open-day fired on a report that describes the day: %+v", got)
	}
	if got := find(lintFile(t, e, seed003).Diagnostics, "structure/title-missing"); len(got) != 1 {
		t.Errorf("built-in rules lost next to custom ones: %+v", got)
	}
}

// TestCustomRulesObeyLevels applies --disable and configured levels to
// custom rules.
func TestCustomRulesObeyLevels(t *testing.T) {
	e := newEngine(t, engine.Options{
		PolicyDirs: []string{emailPack, "../testdata/policies/minimal"},
		Levels:     map[string]string{"region/open-day": "error"},
		Disable:    []string{"region/email-required", "region.minimal"},
	})
	ds := lintFile(t, e, seed000).Diagnostics
	if got := find(ds, "region/email-required"); len(got) != 0 {
		t.Errorf("disabled rule fired: %+v", got)
	}
	if got := find(ds, "region.minimal"); len(got) != 0 {
		t.Errorf("disabled minimal rule fired: %+v", got)
	}
	if got := find(ds, "region/open-day"); len(got) != 1 || got[0].Severity != engine.SeverityError {
		t.Errorf("region/open-day = %+v, want one error", got)
	}
	if _, err := engine.New(context.Background(), engine.Options{PolicyDirs: []string{emailPack}, Disable: []string{"region/emial-required"}}); err == nil ||
		!strings.Contains(err.Error(), `did you mean "region/email-required"`) {
		t.Errorf("typo in a custom rule id: err = %v", err)
	}
}

func TestUnsafeBuiltins(t *testing.T) {
	for _, tt := range []struct{ dir, builtin string }{
		{"../testdata/policies/unsafe-http", "http.send"},
		{"../testdata/policies/unsafe-runtime", "opa.runtime"},
	} {
		_, err := engine.New(context.Background(), engine.Options{PolicyDirs: []string{tt.dir}})
		var ue *engine.UnsafeBuiltinError
		if !errors.As(err, &ue) || ue.Builtin != tt.builtin || !strings.Contains(err.Error(), engine.AllowUnsafeFlag) ||
			!strings.Contains(err.Error(), filepath.Base(tt.dir)) {
			t.Errorf("%s: err = %v, want one naming %s, the file and %s", tt.dir, err, tt.builtin, engine.AllowUnsafeFlag)
		}
		if _, err := engine.New(context.Background(), engine.Options{PolicyDirs: []string{tt.dir}, AllowUnsafeBuiltins: true}); err != nil {
			t.Errorf("%s with %s: %v", tt.dir, engine.AllowUnsafeFlag, err)
		}
		if _, err := engine.RunTests(context.Background(), []string{tt.dir}, false, ""); !errors.As(err, &ue) {
			t.Errorf("%s: tests ran a policy calling %s: %v", tt.dir, tt.builtin, err)
		}
	}
}

func TestCustomIDMayNotCollide(t *testing.T) {
	_, err := engine.New(context.Background(), engine.Options{PolicyDirs: []string{"../testdata/policies/collision"}})
	if err == nil || !strings.Contains(err.Error(), "structure/title-missing") || !strings.Contains(err.Error(), "collision.rego") {
		t.Errorf("err = %v, want one naming the id and the custom file", err)
	}
}

// TestTimeLimit stops a policy that would run for minutes, for that file
// only: the file keeps its built-in diagnostics, and its result says it
// failed.
func TestTimeLimit(t *testing.T) {
	e := newEngine(t, engine.Options{PolicyDirs: []string{"../testdata/policies/slow"}, Timeout: 300 * time.Millisecond})
	sources := []engine.Source{
		{Path: "a.txt", Read: func() ([]byte, error) { return os.ReadFile(seed003) }},
		{Path: "missing.txt", Read: func() ([]byte, error) { return nil, os.ErrNotExist }},
	}
	results, err := e.LintAll(context.Background(), sources, 2)
	if !errors.Is(err, engine.ErrTimeout) || !strings.Contains(err.Error(), "a.txt") || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("err = %v, want the time limit for a.txt and the missing file both reported", err)
	}
	if len(results) != 2 {
		t.Fatalf("results = %d, want 2", len(results))
	}
	builtin := lintFile(t, newEngine(t, engine.Options{}), seed003).Diagnostics
	if got := results[0].Diagnostics; len(got) != len(builtin) || len(builtin) == 0 {
		t.Errorf("a.txt: %d diagnostics, want its %d built-in ones", len(got), len(builtin))
	}
	if !strings.Contains(results[0].Error, "自定义策略") || !strings.Contains(results[0].Error, "超出时间限制") {
		t.Errorf("a.txt: error %q, want the custom policies' time limit", results[0].Error)
	}
	if !results[1].Failed() || results[0].Path != "a.txt" {
		t.Errorf("missing.txt: %+v, want a failed result", results[1])
	}
}

// TestDisabledRuleIsNotEvaluated turns the slow policy off: it is not
// evaluated at all, so the file is linted within the time limit.
func TestDisabledRuleIsNotEvaluated(t *testing.T) {
	e := newEngine(t, engine.Options{PolicyDirs: []string{"../testdata/policies/slow"}, Disable: []string{"region/*"}, Timeout: 2 * time.Second})
	res := lintFile(t, e, seed003)
	if res.Failed() {
		t.Errorf("the disabled slow rule was evaluated: %s", res.Error)
	}
	builtin := lintFile(t, newEngine(t, engine.Options{}), seed003).Diagnostics
	if len(res.Diagnostics) != len(builtin) {
		t.Errorf("%d diagnostics, want the %d built-in ones", len(res.Diagnostics), len(builtin))
	}
}

func TestDataFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.json", `{"region": {"x": 1}}`)
	b := write("b.yaml", "region:\n  y: 2\n")
	c := write("c.yaml", "nianbao:\n  config: {}\n")
	d := write("d.txt", "x")
	for _, tt := range []struct {
		files []string
		want  string
	}{
		{[]string{a, b}, `both define "region"`},
		{[]string{c}, `"nianbao" is reserved`},
		{[]string{d}, "use .json, .yaml or .yml"},
		{[]string{filepath.Join(dir, "none.json")}, "none.json"},
	} {
		_, err := engine.New(context.Background(), engine.Options{DataFiles: tt.files})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: err = %v, want %q", tt.files, err, tt.want)
		}
	}
}
