package engine_test

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// seedRules is the table at the end of docs/spec rules.md: what each seed
// must produce at warning and error level, exactly.
var seedRules = map[string][]string{
	"000_55d435d651c286e9.txt": {},
	"001_af1407610f37b973.txt": {"template/outdated"},
	"002_c19ea3132700905e.txt": {"contact/missing", "dates/published-missing", "structure/government-accountability"},
	"003_894c8dbdb6e23194.txt": {"contact/missing", "dates/period-missing", "dates/published-missing", "structure/section-missing", "structure/title-missing"},
	"004_d1ed69b8ea7b905a.txt": {"contact/missing", "dates/period-missing", "dates/published-missing", "fees/statement-missing", "structure/government-accountability", "structure/table-missing"},
}

// TestSeedRules checks that every seed produces exactly its must-fire rules
// at warning and error level.
func TestSeedRules(t *testing.T) {
	e := newEngine(t, engine.Options{})
	for seed, want := range seedRules {
		t.Run(seed[:3], func(t *testing.T) {
			res := lintFile(t, e, filepath.Join("..", "testdata", "seeds", seed))
			var got []string
			for _, d := range res.Diagnostics {
				if d.Severity.Rank() >= engine.SeverityWarning.Rank() && !slices.Contains(got, d.Rule) {
					got = append(got, d.Rule)
				}
			}
			sort.Strings(got)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("rules fired = %q, want %q", got, want)
				for _, d := range res.Diagnostics {
					t.Logf("  %d:%d %s %s %s", d.Location.Line, d.Location.Column, d.Severity, d.Rule, d.Message)
				}
			}
		})
	}
}

// TestSectionMissingNamesTheSection checks seed 003's one missing section.
func TestSectionMissingNamesTheSection(t *testing.T) {
	res := lintFile(t, newEngine(t, engine.Options{}), filepath.Join("..", "testdata", "seeds", "003_894c8dbdb6e23194.txt"))
	var msgs []string
	for _, d := range res.Diagnostics {
		if d.Rule == "structure/section-missing" {
			msgs = append(msgs, d.Message)
		}
	}
	if len(msgs) != 1 || !strings.Contains(msgs[0], "总体情况") {
		t.Errorf("section-missing messages = %q, want one naming 总体情况", msgs)
	}
}
