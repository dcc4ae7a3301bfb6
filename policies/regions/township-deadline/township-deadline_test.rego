package nianbao.rules.region["township-deadline_test"]

import data.nianbao.rules.region["township-deadline"] as rule

_doc(date) := {
	"year": 2024,
	"issuer": {"name": "城关镇人民政府", "kind": "township"},
	"published": {"date": date, "loc": {"line": 80, "column": 1, "end_line": 80, "end_column": 11}},
}

test_fires_after_the_deadline if {
	r := rule.report with input as _doc("2025-03-05") with data.region.township_deadline as "02-28"
	count(r) == 1
	some v in r
	v.rule == "region/township-deadline"
	v.severity == "error"
	v.message == "乡镇（街道）年度报告发布日期2025-03-05晚于本地区规定的2025-02-28"
	v.location.line == 80
}

test_quiet_on_the_deadline if {
	r := rule.report with input as _doc("2025-02-28") with data.region.township_deadline as "02-28"
	count(r) == 0
}

test_quiet_for_a_department if {
	doc := object.union(_doc("2025-03-05"), {"issuer": {"name": "县财政局", "kind": "department"}})
	r := rule.report with input as doc with data.region.township_deadline as "02-28"
	count(r) == 0
}

test_quiet_without_data if {
	r := rule.report with input as _doc("2025-03-05")
	count(r) == 0
}
