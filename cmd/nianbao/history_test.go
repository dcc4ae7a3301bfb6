package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// yearOf writes a seed as the report of another year (its years and its
// publication year put back by back years), with edits (old → new).
func yearOf(t *testing.T, seed string, back int, path string, edits ...string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", seed))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for y := 2023; y <= 2026; y++ { // oldest first, so that no year is moved twice
		s = strings.ReplaceAll(s, strconv.Itoa(y), "Y"+strconv.Itoa(y-back))
	}
	s = strings.ReplaceAll(s, "Y", "")
	writeFile(t, path, edited(t, s, edits...))
}

// edited is s with each edit (old → new) made wherever old stands; an
// old that does not stand in s fails the test.
func edited(t *testing.T, s string, edits ...string) string {
	t.Helper()
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("no %q", edits[i])
		}
		s = strings.ReplaceAll(s, edits[i], edits[i+1])
	}
	return s
}

// TestLintPairsYears lints a directory holding three years of two
// issuers under shuffled names, and a report of a third issuer whose
// name is close to the first's: each report is read beside its own
// predecessor, and no other.
func TestLintPairsYears(t *testing.T) {
	dir := t.TempDir()
	const fgw, qj = "000_55d435d651c286e9.txt", "003_894c8dbdb6e23194.txt"
	yearOf(t, fgw, 0, filepath.Join(dir, "x1.txt"))
	yearOf(t, fgw, 2, filepath.Join(dir, "a", "x2.txt"))
	yearOf(t, fgw, 1, filepath.Join(dir, "z.txt"))
	yearOf(t, qj, 1, filepath.Join(dir, "b", "q.txt"))
	yearOf(t, qj, 0, filepath.Join(dir, "c.txt"))
	yearOf(t, qj, 2, filepath.Join(dir, "q0.txt"))
	// 2023 again, of 昌吉州发展改革委员会: no predecessor of 发展和改革 2024.
	yearOf(t, fgw, 1, filepath.Join(dir, "similar.txt"), "昌吉州发展和改革委员会", "昌吉州发展改革委员会", "昌吉州发改委", "昌吉州发展改革委")
	hist := t.TempDir()
	yearOf(t, fgw, 1, filepath.Join(hist, "old.txt"))
	t.Chdir(dir)

	_, out, errOut := runCmd(t, "", "lint", "-f", "json", ".")
	var res struct {
		Files []struct {
			Path, Previous string
			Report         struct {
				Issuer string
				Year   int
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s %s", err, out, errOut)
	}
	got := map[string]string{}
	for _, f := range res.Files {
		got[f.Path] = f.Previous
	}
	want := map[string]string{
		"x1.txt": "z.txt", "z.txt": "a/x2.txt", "a/x2.txt": "",
		"c.txt": "b/q.txt", "b/q.txt": "q0.txt", "q0.txt": "",
		"similar.txt": "",
	}
	for p, prev := range want {
		if got[p] != prev {
			t.Errorf("%s: previous %q, want %q (issuers and years: %+v)", p, got[p], prev, res.Files)
		}
	}

	// -v says which reports were read together; --previous names one.
	_, out, _ = runCmd(t, "", "lint", "-v", ".")
	if !strings.Contains(out, "x1.txt：与上一年度报告 z.txt 对照检查\n") {
		t.Errorf("-v does not list the pairs:\n%s", out)
	}
	_, out, _ = runCmd(t, "", "lint", "-f", "json", "--previous", "q0.txt", "x1.txt")
	if !strings.Contains(out, `"previous": "q0.txt"`) {
		t.Errorf("--previous not read:\n%.800s", out)
	}
	if code, _, errOut := runCmd(t, "", "lint", "--previous", "q0.txt", "x1.txt", "z.txt"); code != 2 || !strings.Contains(errOut, "--previous 只能配合一份") {
		t.Errorf("--previous with two reports: exit %d, %q", code, errOut)
	}
	// --history: earlier years are read, not linted.
	_, out, _ = runCmd(t, "", "lint", "-f", "json", "--history", hist, "x1.txt")
	if !strings.Contains(out, `"previous": "`+filepath.Join(hist, "old.txt")+`"`) || strings.Contains(out, `"path": "`+filepath.Join(hist, "old.txt")) {
		t.Errorf("--history: the earlier year is not read beside, or is linted:\n%.800s", out)
	}
}

// TestLintRealYears lints 平潭综合实验区's reports of 2019 to 2022 as
// published (testdata/history): each is read beside the year before, and
// no history/* rule fires — their carry-over follows, section 五 is
// rewritten every year, and 现行有效 can be checked only where both years
// read it (testdata/history/README.md has the values).
func TestLintRealYears(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	files := []string{filepath.Join(root, "html", "pingtan-2019.html")}
	for _, y := range []string{"2020", "2021", "2022"} {
		files = append(files, filepath.Join(root, "history", "pingtan-"+y+".txt"))
	}
	_, out, errOut := runCmd(t, "", append([]string{"lint", "-f", "json"}, files...)...)
	var res struct {
		Files []struct {
			Path, Previous string
			Diagnostics    []struct{ Rule, Message string }
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	prev := map[string]string{}
	for _, f := range res.Files {
		prev[f.Path] = f.Previous
		for _, d := range f.Diagnostics {
			if strings.HasPrefix(d.Rule, "history/") {
				t.Errorf("%s: %s %s", f.Path, d.Rule, d.Message)
			}
		}
	}
	for i := 1; i < len(files); i++ {
		if prev[files[i]] != files[i-1] {
			t.Errorf("%s: previous %q, want %s", files[i], prev[files[i]], files[i-1])
		}
	}
}
