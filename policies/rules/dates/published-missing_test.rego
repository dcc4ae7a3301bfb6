package nianbao.rules.dates["published-missing_test"]

import data.nianbao.rules.dates["published-missing"] as rule

_end := {"line": 71, "column": 12, "end_line": 71, "end_column": 12}

test_fires_at_the_end if {
	r := rule.report with input as {"published": null, "end": _end}
	count(r) == 1
	some v in r
	v.rule == "dates/published-missing"
	v.severity == "warning"
	v.message == "未找到发布日期（报告末尾落款下的日期）"
	v.location == _end
}

test_english_message if {
	r := rule.report with input as {"published": null, "end": _end} with data.nianbao.config.lang as "en"
	some v in r
	v.message == "No publication date found (the date under the signature at the end)"
}

test_quiet_with_a_date if {
	r := rule.report with input as {"published": {"date": "2025-01-19", "loc": _end}, "end": _end}
	count(r) == 0
}
