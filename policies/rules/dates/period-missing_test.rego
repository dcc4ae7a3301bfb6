package nianbao.rules.dates["period-missing_test"]

import data.nianbao.rules.dates["period-missing"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 20}

test_fires_without_period if {
	r := rule.report with input as {"period": null, "preamble": {"text": "根据《条例》编制本报告。", "loc": _loc(3)}}
	count(r) == 1
	some v in r
	v.rule == "dates/period-missing"
	v.severity == "warning"
	v.message == "未找到统计期限（如“本报告中所列数据的统计期限自20XX年1月1日起至20XX年12月31日止”）"
	v.location == _loc(3)
}

test_located_at_the_title_without_preamble if {
	r := rule.report with input as {"period": null, "preamble": null, "title": {"text": "某局2021年政府信息公开工作年度报告", "loc": _loc(1)}} with data.nianbao.config.lang as "en"
	some v in r
	v.location == _loc(1)
	startswith(v.message, "No statistical period found")
}

test_quiet_with_period if {
	r := rule.report with input as {"period": {"start": "2024-01-01", "end": "2024-12-31", "loc": _loc(2)}, "preamble": null}
	count(r) == 0
}
