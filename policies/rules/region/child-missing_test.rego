package nianbao.rules.region["child-missing_test"]

import data.nianbao.rules.region["child-missing"] as rule

test_one_per_unit_missing if {
	loc := {"line": 1, "column": 1, "end_line": 1, "end_column": 20}
	r := rule.report with input as {"year": 2024, "title": {"loc": loc}, "children_missing": ["丁乡", "戊镇"]}
	count(r) == 2
	some v in r
	v.severity == "info"
	v.location == loc
	v.message == "所汇总的单位“丁乡”没有2024年度的报告在本次检查中，汇总数未与其核对"
}

test_quiet_without if {
	count(rule.report) == 0 with input as {"year": 2024}
}
