package output

import (
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
)

const docs = "https://github.com/nianbao/nianbao/blob/main/docs/rules.md#"

// fixture is a made-up result: a path with a comma and a colon, one outside
// the working directory with a space and Chinese characters, one without
// diagnostics; messages with %, :, a comma and line breaks; two
// diagnostics of one rule in one file; a region over several lines.
func fixture() *Result {
	rules := []engine.Rule{
		{ID: "arithmetic/balance", Category: "arithmetic", Severity: engine.SeverityError, Title: "合计不符",
			TitleEn: "Totals differ", Description: "第一项加第二项\n应当等于第三项。", DescriptionEn: "The first plus the second\nmust equal the third.",
			Basis: "国办公开办函〔2021〕30号", Docs: docs + "arithmeticbalance"},
		{ID: "contact/phone", Category: "contact", Severity: engine.SeverityInfo, Title: "缺少电话", Docs: docs + "contactphone"},
		{ID: "dates/late", Category: "dates", Severity: engine.SeverityWarning, Title: "发布过晚", Docs: docs + "dateslate"},
	}
	diag := func(rule string, sev engine.Severity, msg string, line, col, endLine, endCol int) engine.Diagnostic {
		return engine.Diagnostic{Rule: rule, Severity: sev, Message: msg, Docs: docs + engine.Anchor(rule),
			Location: engine.Location{Loc: report.Loc{Line: line, Column: col, EndLine: endLine, EndColumn: endCol}}}
	}
	return &Result{
		Version: "1.2.3",
		Lang:    "zh",
		Rules:   rules,
		Files: []engine.FileResult{
			{Path: "reports/ok.txt", Format: "text"},
			{Path: "reports/a, b:c.txt", Format: "text", Diagnostics: []engine.Diagnostic{
				diag("arithmetic/balance", engine.SeverityError, "比例 50% 不符: 甲, 乙\n第二行", 3, 5, 3, 9),
				diag("arithmetic/balance", engine.SeverityError, "合计 | 不符", 7, 1, 7, 4),
				diag("dates/late", engine.SeverityWarning, "晚了\r\n很久", 10, 2, 12, 3),
			}},
			{Path: "/elsewhere/报告 一.txt", Format: "text", Diagnostics: []engine.Diagnostic{
				diag("contact/phone", engine.SeverityInfo, "没有电话", 1, 1, 1, 1),
			}},
		},
		FailLevel: engine.SeverityError,
	}
}

// fixtureWorkDir is the working directory of the fixture.
const fixtureWorkDir = "/work/dir"
