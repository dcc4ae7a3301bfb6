package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintScore: --score puts each report's score in the text and JSON
// outputs and as a csv column; a scoring file naming an unknown rule
// stops the run with the file named.
func TestLintScore(t *testing.T) {
	scheme := filepath.Join("..", "..", "policies", "regions", "assessment", "score.yaml")
	seed := filepath.Join("..", "..", "testdata", "seeds", noTitle)
	_, out, _ := runCmd(t, "", "lint", "--score", scheme, seed)
	if !strings.Contains(out, noTitle+"：得分 60（满分 100，年度报告及时规范发布）\n") {
		t.Errorf("text:\n%s", out)
	}
	_, out, _ = runCmd(t, "", "lint", "-f", "json", "--score", scheme, seed)
	var res struct {
		Files []struct {
			Score struct {
				Score      float64
				Deductions []struct {
					Item     string
					Findings int
					Points   float64
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Files) != 1 {
		t.Fatalf("%v\n%s", err, out)
	}
	if sc := res.Files[0].Score; sc.Score != 60 || len(sc.Deductions) != 1 || sc.Deductions[0].Findings != 2 || sc.Deductions[0].Points != 40 {
		t.Errorf("json score %+v, want 60: two findings of 要素, 40 points", sc)
	}
	_, out, _ = runCmd(t, "", "lint", "-f", "csv", "--score", scheme, seed)
	if lines := strings.Split(out, "\n"); !strings.Contains(lines[0], ",得分,") || !strings.Contains(lines[1], ",60,") {
		t.Errorf("csv:\n%s", out)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	writeFile(t, bad, "items:\n  - name: 数据\n    rules: [arithmetic/row-sums]\n    points: 5\n")
	if code, _, errOut := runCmd(t, "", "lint", "--score", bad, seed); code != 2 || !strings.Contains(errOut, "bad.yaml") || !strings.Contains(errOut, "arithmetic/row-sum") {
		t.Errorf("bad scoring file: exit %d, %q", code, errOut)
	}
}
