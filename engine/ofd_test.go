package engine_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestOFDLint checks that each OFD written from a seed (testdata/ofd, see
// parser/ofdseed_test.go) gives the same diagnostics as the seed: the same
// rules, severities and messages, wherever they point, in both languages.
func TestOFDLint(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		e := newEngine(t, engine.Options{Lang: lang})
		for _, tc := range []struct{ file, seed string }{
			{"seed-000.ofd", "000_55d435d651c286e9.txt"},
			{"seed-001.ofd", "001_af1407610f37b973.txt"},
			{"seed-002.ofd", "002_c19ea3132700905e.txt"},
		} {
			t.Run(lang+"/"+tc.file, func(t *testing.T) {
				want := findings(lintFile(t, e, filepath.Join("..", "testdata", "seeds", tc.seed)))
				res := lintFile(t, e, filepath.Join("..", "testdata", "ofd", tc.file))
				if res.Format != "ofd" {
					t.Errorf("format %q, want ofd", res.Format)
				}
				got := findings(res)
				if len(want) == 0 {
					t.Fatal("the seed gives no diagnostic: the comparison says nothing")
				}
				for _, w := range want {
					if !slices.Contains(got, w) {
						t.Errorf("missing: %s", w)
					}
				}
				for _, g := range got {
					if !slices.Contains(want, g) {
						t.Errorf("unexpected: %s", g)
					}
				}
				for _, d := range res.Diagnostics {
					if d.Location.Line > 0 && d.Location.Page == 0 {
						t.Errorf("%s at %d:%d has no page", d.Rule, d.Location.Line, d.Location.Column)
					}
				}
			})
		}
	}
}
