package engine_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// pageFindings are the findings at warning and error level of the saved
// 平潭 pages of testdata/html/pingtan: the page.html beside each scraped
// text, the same report as the site shows it. They are the findings of
// the scraped text (testdata/scraped/REVIEW.md), except that a page's
// table cells stand apart, so no row runs together: there is no
// parse/table-incomplete, and a row the text ran together is read.
var pageFindings = map[string]struct{ want, optional []finding }{
	"pt-jtj-2023.html": {optional: []finding{{"structure/improvements-missing", nil}}},
	"pt-gwh-2022.html": {want: []finding{
		// 行政规范性文件 reads 34 / 0 / 89 in the page's cells.
		{"consistency/normative-documents", []string{"424", "89"}},
		// No 落款 or date at the end; only the page's 2023-01-19.
		{"dates/published-missing", []string{"2023年1月19日"}},
	}},
	"pt-czj-2024.html": {want: []finding{
		// 总体情况 has its own sub-headings; none of them on 监督保障.
		{"structure/overview-incomplete", []string{"监督保障"}},
		// 61 件 against 5+1+7+12+51 = 76 listed after it.
		{"consistency/itemized-sum", []string{"61", "76"}},
		// “2023年，在主动公开的61条政府信息中” in the 2024 report.
		{"dates/stale-year", []string{"2023年"}},
	}},
	"pt-zrz-2021.html": {want: []finding{
		// 总体情况 says nothing of 平台建设.
		{"structure/overview-incomplete", []string{"平台建设"}},
		// Table 三 does not add up in two columns: 16 results of 18
		// (自然人), 2 results of 0 (社会公益组织).
		{"arithmetic/application-balance", []string{"16", "18", "自然人"}},
		{"arithmetic/results-sum", []string{"18", "16", "自然人"}},
		{"arithmetic/application-balance", []string{"2", "0", "社会公益组织"}},
		{"arithmetic/results-sum", []string{"0", "2", "社会公益组织"}},
		// No word on 信息处理费 anywhere.
		{"fees/statement-missing", nil},
	}},
	"pt-spp-2025.html": {want: []finding{
		// A section of its own, 五、信息处理费收取情况, and then
		// 六、存在的主要问题…: 其他需要报告的事项 (七 in its
		// numbering) is not there.
		{"structure/section-missing", []string{"其他需要报告的事项"}},
		// No date under the 落款; only the page's 2026-01-21.
		{"dates/published-missing", []string{"2026年1月21日"}},
	}},
}

// TestSavedPageFindings lints each saved page and checks that it gives
// exactly the findings a careful reviewer agrees with at warning and error
// level.
func TestSavedPageFindings(t *testing.T) {
	e := newEngine(t, engine.Options{})
	for file, exp := range pageFindings {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "html", "pingtan", file)
			if _, err := os.Stat(path); err != nil {
				t.Fatal(err)
			}
			checkFindings(t, lintFile(t, e, path), exp.want, exp.optional)
		})
	}
}
