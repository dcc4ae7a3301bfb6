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
// by score on a click, ascending on the second; and by each rate.
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
	// Rates: a column each, sorted by the rate (a row without one last).
	step(t, ctx, "sort by 实质公开率", chromedp.Click(chromedp.CSS("table.index thead th[data-key=rate-substantive-disclosure]")))
	var rates []float64
	eval(t, ctx, &rates, `[...document.querySelectorAll("table.index tbody tr.report-row")].map(r => Number(r.dataset.rateSubstantiveDisclosure))`)
	if len(rates) != len(seedNames) || !slices.IsSortedFunc(rates, func(a, b float64) int {
		switch {
		case a > b:
			return -1
		case a < b:
			return 1
		}
		return 0
	}) {
		t.Errorf("sorted by 实质公开率: %v, want descending", rates)
	}
	var head string
	eval(t, ctx, &head, `document.querySelector("table.index thead th[data-key=rate-substantive-disclosure]").textContent`)
	if !strings.HasPrefix(head, "实质公开率") {
		t.Errorf("rate column headed %q", head)
	}
	browsertest.NoErrors(t, ctx, "the scored index")
}
