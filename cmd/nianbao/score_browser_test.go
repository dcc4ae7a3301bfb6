package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/nianbao/nianbao/internal/browsertest"
)

// TestReviewIndexScores lints the seeds with the example scoring file:
// the index shows each report's score, ranks them best first, and sorts
// by score on a click, ascending on the second.
func TestReviewIndexScores(t *testing.T) {
	ctx := browsertest.New(t)
	dir := t.TempDir()
	var paths []string
	for _, s := range seedNames {
		copySeed(t, s, filepath.Join(dir, s))
		paths = append(paths, filepath.Join(dir, s))
	}
	scheme, err := filepath.Abs(filepath.Join("..", "..", "policies", "regions", "assessment", "score.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	page, _ := lintToPage(t, dir, "scores", append([]string{"--score", scheme}, paths...)...)
	openPage(t, ctx, page, "#index")
	scores := func() []string {
		var s []string
		eval(t, ctx, &s, `[...document.querySelectorAll("table.index tbody tr.report-row")].map(r => r.dataset.path.split("/").pop().slice(0, 3) + ":" + r.querySelector("td.score").textContent)`)
		return s
	}
	// Worked out by hand in score/score_test.go.
	if got, want := strings.Join(scores(), " "), "000:100 002:97 001:90 004:74 003:60"; got != want {
		t.Errorf("ranked index %q, want %q", got, want)
	}
	step(t, ctx, "sort by score", chromedp.Click(chromedp.CSS("table.index thead th[data-key=score]")))
	step(t, ctx, "sort by score again", chromedp.Click(chromedp.CSS("table.index thead th[data-key=score]")))
	got := scores()
	if !slices.Equal(got, []string{"003:60", "004:74", "001:90", "002:97", "000:100"}) {
		t.Errorf("two clicks on score: %q, want ascending", got)
	}
	browsertest.NoErrors(t, ctx, "the scored index")
}
