package score_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/score"
)

// TestAssessmentRanksTheSeeds scores the seeds with the example scheme;
// the scores were worked out by hand from the seeds' errors (README's
// sample output):
//
//	000: no error                                            100
//	001: template/outdated (使用过时模板 10)                   90
//	002: structure/government-accountability (其他不规范 3)    97
//	003: title-missing + section-missing (要素 20 + 20)        60
//	004: table-missing (要素 20), government-accountability
//	     and fees/statement-missing (其他不规范 3 + 3)          74
func TestAssessmentRanksTheSeeds(t *testing.T) {
	s, err := score.Load(filepath.Join("..", "policies", "regions", "assessment", "score.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := engine.New(context.Background(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CheckRules(e.Rules()); err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	got := map[string]float64{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := e.LintBytes(context.Background(), p, data)
		if err != nil {
			t.Fatal(err)
		}
		got[filepath.Base(p)[:3]] = s.Score(f.Diagnostics).Score
	}
	want := map[string]float64{"000": 100, "001": 90, "002": 97, "003": 60, "004": 74}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("seed %s: score %g, want %g", k, got[k], v)
		}
	}
	ranked := slices.Sorted(func(yield func(string) bool) {
		for k := range got {
			if !yield(k) {
				return
			}
		}
	})
	slices.SortStableFunc(ranked, func(a, b string) int { return int(got[b] - got[a]) })
	if strings.Join(ranked, " ") != "000 002 001 004 003" {
		t.Errorf("ranking %v", ranked)
	}
}

func TestScoreModesAndCaps(t *testing.T) {
	s := &score.Scheme{Total: 100, Items: []score.Item{
		{Name: "数据异常", Rules: []string{"arithmetic/*"}, Points: 5, Cap: 12},
		{Name: "日期", Rules: []string{"dates/published-late"}, Points: 10},
	}}
	d := func(rule string, sev engine.Severity) engine.Diagnostic {
		return engine.Diagnostic{Rule: rule, Severity: sev}
	}
	ds := []engine.Diagnostic{
		d("arithmetic/row-sum", engine.SeverityError), d("arithmetic/results-sum", engine.SeverityError),
		d("arithmetic/review-sum", engine.SeverityError), d("dates/published-late", engine.SeverityWarning),
		d("contact/missing", engine.SeverityError),
	}
	s.Mode = score.Conservative
	if r := s.Score(ds); r.Score != 88 || len(r.Deductions) != 1 || r.Deductions[0].Findings != 3 || r.Deductions[0].Points != 12 {
		t.Errorf("conservative: %+v, want 100 - 12 (three findings, capped)", r)
	}
	s.Mode = score.Strict
	if r := s.Score(ds); r.Score != 78 {
		t.Errorf("strict: %+v, want 100 - 12 - 10", r)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"mode":    "mode: lenient\nitems: []\n",
		"unknown": "itemz: []\n",
		"empty":   "items:\n  - name: x\n    points: 1\n",
	} {
		p := filepath.Join(dir, name+".yaml")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := score.Load(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %v, want an error naming the file", name, err)
		}
	}
}
