package engine_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// finding is one diagnostic a careful reviewer agrees with: its rule and
// words its message must hold.
type finding struct {
	rule  string
	words []string
}

// scrapedFindings are the findings of testdata/scraped/REVIEW.md at warning
// and error level, report by report, plus the parse/table-incomplete
// finding for each row whose digits run together with more than one
// reading (REVIEW.md marks them ambiguous). optional lists the judgement
// calls REVIEW.md allows either way.
var scrapedFindings = map[string]struct{ want, optional []finding }{
	"pt-czj-2024.txt": {want: []finding{
		{"consistency/itemized-sum", []string{"61", "76"}},
		{"structure/overview-incomplete", []string{"监督保障"}},
		// The 2024 report: “(二)主动公开政府信息的主要类别2023年，在主动
		// 公开的61条政府信息中…”.
		{"dates/stale-year", []string{"2023年"}},
	}},
	"pt-gwh-2022.txt": {want: []finding{
		{"consistency/normative-documents", []string{"424"}},
		{"dates/published-missing", nil},
		{"parse/table-incomplete", []string{"行政规范性文件", "数字连写"}},
	}},
	"pt-htp-2019.txt": {want: []finding{
		{"parse/table-incomplete", []string{"政府集中采购", "数字连写"}},
	}},
	"pt-jjp-2020.txt": {want: []finding{
		{"parse/table-incomplete", []string{"政府集中采购", "数字连写"}},
	}},
	"pt-zrz-2021.txt": {want: []finding{
		{"arithmetic/results-sum", []string{"18", "16", "自然人"}},
		{"arithmetic/results-sum", []string{"社会公益组织"}},
		{"arithmetic/application-balance", []string{"16", "18", "自然人"}},
		{"arithmetic/application-balance", []string{"社会公益组织"}},
		{"fees/statement-missing", nil},
		{"structure/overview-incomplete", []string{"平台建设"}},
		{"parse/table-incomplete", []string{"行政规范性文件", "数字连写"}},
	}},
	"pt-jsp-2021.txt": {},
	"pt-jtj-2023.txt": {
		want:     []finding{{"parse/table-incomplete", []string{"行政规范性文件", "数字连写"}}},
		optional: []finding{{"structure/improvements-missing", nil}},
	},
	"pt-spp-2025.txt": {want: []finding{
		{"structure/section-missing", []string{"其他需要报告的事项"}},
		{"dates/published-missing", nil},
	}},
}

func (f finding) matches(d engine.Diagnostic) bool {
	if d.Rule != f.rule {
		return false
	}
	for _, w := range f.words {
		if !strings.Contains(d.Message, w) {
			return false
		}
	}
	return true
}

// TestScrapedFindings lints the eight scraped reports and checks that each
// gives exactly the findings a careful reviewer agrees with at warning and
// error level: every one of them, and nothing else.
func TestScrapedFindings(t *testing.T) {
	e := newEngine(t, engine.Options{})
	for file, exp := range scrapedFindings {
		t.Run(file, func(t *testing.T) {
			checkFindings(t, lintFile(t, e, filepath.Join("..", "testdata", "scraped", file)), exp.want, exp.optional)
		})
	}
}

// checkFindings checks that the warnings and errors of res are each of
// want, and every one of them, or one of optional.
func checkFindings(t *testing.T, res engine.FileResult, want, optional []finding) {
	t.Helper()
	var serious []engine.Diagnostic
	for _, d := range res.Diagnostics {
		if d.Severity.Rank() >= engine.SeverityWarning.Rank() {
			serious = append(serious, d)
		}
	}
	used := make([]bool, len(serious))
	for _, f := range want {
		found := false
		for i, d := range serious {
			if !used[i] && f.matches(d) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing %s with %q", f.rule, f.words)
		}
	}
	for i, d := range serious {
		if used[i] {
			continue
		}
		ok := false
		for _, f := range optional {
			ok = ok || f.matches(d)
		}
		if !ok {
			t.Errorf("unexpected %d:%d %s %s: %s", d.Location.Line, d.Location.Column, d.Severity, d.Rule, d.Message)
		}
	}
}
