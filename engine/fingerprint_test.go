package engine_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// fingerprintReports are reports of testdata in formats whose lines can
// be moved by adding one at the top.
var fingerprintReports = []string{
	"seeds/000_55d435d651c286e9.txt", "seeds/001_af1407610f37b973.txt", "seeds/002_c19ea3132700905e.txt",
	"seeds/003_894c8dbdb6e23194.txt", "seeds/004_d1ed69b8ea7b905a.txt",
	"scraped/pt-zrz-2021.txt", "scraped/pt-htp-2019.txt", "html/pingtan/pt-zrz-2021.html", "html/pingtan-2019.html",
}

func fingerprints(t *testing.T, e *engine.Engine, path string, data []byte) ([]string, []engine.Diagnostic) {
	t.Helper()
	res, err := e.LintBytes(context.Background(), path, data)
	if err != nil {
		t.Fatal(err)
	}
	var fps []string
	for _, d := range res.Diagnostics {
		if d.Fingerprint == "" || d.Place == "" {
			t.Errorf("%s: %s at %d:%d has no fingerprint or place", path, d.Rule, d.Location.Line, d.Location.Column)
		}
		fps = append(fps, d.Fingerprint)
	}
	return fps, res.Diagnostics
}

// TestFingerprintsStay: a report with a blank line added at its top (its
// diagnostics one line further down), under another name, has the same
// fingerprints; within a report they are all different.
func TestFingerprintsStay(t *testing.T) {
	e := newEngine(t, engine.Options{})
	for _, name := range fingerprintReports {
		path := filepath.Join("..", "testdata", filepath.FromSlash(name))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		before, ds := fingerprints(t, e, path, data)
		if len(before) == 0 {
			t.Errorf("%s: no diagnostic to fingerprint", name)
		}
		seen := map[string]bool{}
		for i, fp := range before {
			if seen[fp] {
				t.Errorf("%s: %s at %d:%d has the fingerprint of another diagnostic", name, ds[i].Rule, ds[i].Location.Line, ds[i].Location.Column)
			}
			seen[fp] = true
		}
		moved := append([]byte("\n"), data...)
		if filepath.Ext(path) == ".html" {
			moved = bytes.Replace(data, []byte("<body"), []byte("\n<body"), 1)
		}
		after, movedDs := fingerprints(t, e, filepath.Join(t.TempDir(), "renamed"+filepath.Ext(path)), moved)
		if len(movedDs) == len(ds) && len(ds) > 0 && movedDs[len(ds)-1].Location.Line == ds[len(ds)-1].Location.Line {
			t.Errorf("%s: the lines did not move", name)
		}
		slices.Sort(before)
		slices.Sort(after)
		if !slices.Equal(before, after) {
			t.Errorf("%s: fingerprints\n%v\nwith a line added at the top\n%v", name, before, after)
		}
	}
}

// TestFingerprintsChange: a different rule, report or place is a
// different fingerprint: the same report of another year, the same
// finding in another cell.
func TestFingerprintsChange(t *testing.T) {
	e := newEngine(t, engine.Options{})
	path := filepath.Join("..", "testdata", "seeds", "000_55d435d651c286e9.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := fingerprints(t, e, path, data)
	other, _ := fingerprints(t, e, path, bytes.ReplaceAll(data, []byte("2024"), []byte("2023")))
	for _, fp := range other {
		if slices.Contains(base, fp) {
			t.Errorf("the 2023 report shares fingerprint %s with the 2024 one", fp)
		}
	}
	// Two cells of table 四 of the same issue, each on its own.
	row := []byte("0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
	one, d1 := fingerprints(t, e, path, bytes.Replace(data, row, []byte("0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"), 1))
	two, d2 := fingerprints(t, e, path, bytes.Replace(data, row, []byte("0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |"), 1))
	fp := func(fps []string, ds []engine.Diagnostic) string {
		for i, d := range ds {
			if d.Rule == "arithmetic/review-sum" {
				return fps[i]
			}
		}
		t.Fatalf("no arithmetic/review-sum among %v", ds)
		return ""
	}
	if fp(one, d1) == fp(two, d2) {
		t.Error("review-sum in two groups of table 四 has one fingerprint")
	}
}
