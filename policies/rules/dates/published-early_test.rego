package nianbao.rules.dates["published-early_test"]

import data.nianbao.rules.dates["published-early"] as rule

_loc := {"line": 63, "column": 1, "end_line": 63, "end_column": 11}

_doc(year, date) := {"year": year, "published": {"date": date, "loc": _loc}}

test_fires_within_the_reporting_year if {
	r := rule.report with input as _doc(2024, "2024-12-31")
	count(r) == 1
	some v in r
	v.rule == "dates/published-early"
	v.severity == "error"
	v.message == "落款日期2024年12月31日不在报告年度（2024年）结束之后"
	v.location == _loc
}

test_english_message if {
	r := rule.report with input as _doc(2024, "2023-01-20") with data.nianbao.config.lang as "en"
	some v in r
	v.message == "Published on 2023-01-20 (the date under the signature), before the reporting year 2024 had ended"
}

test_quiet_after_the_year if {
	count(rule.report) == 0 with input as _doc(2024, "2025-01-01")
	count(rule.report) == 0 with input as _doc(null, "2024-06-01")
	count(rule.report) == 0 with input as {"year": 2024, "published": null}
}

_page := {"line": 2, "column": 7, "end_line": 2, "end_column": 17}

test_a_report_without_a_date_is_checked_by_its_page_date if {
	doc := {"year": 2024, "published": null, "source": {"page_date": {"date": "2024-12-20", "loc": _page}}}
	r := rule.report with input as doc
	count(r) == 1
	some v in r
	v.message == "页面发布日期2024年12月20日不在报告年度（2024年）结束之后"
	v.location == _page
	count(rule.report) == 0 with input as {"year": 2024, "published": null, "source": {"page_date": {"date": "2025-01-20", "loc": _page}}}
	count(rule.report) == 0 with input as {"year": 2024, "published": {"date": "2025-01-10", "loc": _loc}, "source": {"page_date": {"date": "2024-12-20", "loc": _page}}}
}
