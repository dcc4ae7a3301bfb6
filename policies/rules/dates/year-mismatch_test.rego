package nianbao.rules.dates["year-mismatch_test"]

import data.nianbao.rules.dates["year-mismatch"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 20}

_doc(title, period, published) := {
	"title": {"text": "某局政府信息公开工作年度报告", "loc": _loc(1)},
	"period": {"start": "2024-01-01", "end": "2024-12-31", "loc": _loc(2)},
	"published": {"date": "2025-01-19", "loc": _loc(60)},
	"years": {"title": title, "period": period, "published": published},
}

test_fires_when_the_period_was_not_updated if {
	r := rule.report with input as _doc(2024, 2023, 2025)
	count(r) == 1
	some v in r
	v.rule == "dates/year-mismatch"
	v.severity == "error"
	v.message == "报告年份不一致：标题为2024年，统计期限为2023年，发布于2025年（对应2024年度）"
	v.location == _loc(1)
}

test_fires_on_the_publication_year_alone if {
	r := rule.report with input as _doc(2024, null, 2024) with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "The report's years disagree: title 2024; published in 2024 (the 2023 report)"
}

test_located_at_the_period_without_title_year if {
	doc := object.union(_doc(null, 2023, 2025), {"title": null})
	r := rule.report with input as doc
	some v in r
	v.message == "报告年份不一致：统计期限为2023年，发布于2025年（对应2024年度）"
	v.location == _loc(2)
}

test_quiet_when_the_years_agree if {
	r := rule.report with input as _doc(2024, 2024, 2025)
	count(r) == 0
}

test_quiet_with_a_single_source if {
	r := rule.report with input as _doc(null, null, 2025)
	count(r) == 0
	r2 := rule.report with input as {"years": {"title": null, "period": null, "published": null}}
	count(r2) == 0
}
