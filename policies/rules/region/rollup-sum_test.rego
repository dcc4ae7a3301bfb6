package nianbao.rules.region["rollup-sum_test"]

import data.nianbao.rules.region["rollup-sum"] as rule

_loc(line) := {"line": line, "column": 20, "end_line": line, "end_column": 21}

_doc(name, n, line) := {
	"issuer": {"name": name},
	"tables": {
		"applications": {"rows": {"new_received": {"natural_person": {"value": n, "raw": sprintf("%d", [n]), "loc": _loc(line)}}}},
		"review": {"reconsideration": {"total": {"value": 0, "raw": "0", "loc": _loc(60)}}},
	},
}

_children := [_doc("甲局", 1, 28), _doc("乙局", 2, 28), _doc("丙镇", 4, 28)]

test_quiet_when_the_figures_add_up if {
	count(rule.report) == 0 with input as object.union(_doc("某县人民政府", 7, 30), {"children": _children})
}

test_fires_at_the_cell_naming_the_sum if {
	r := rule.report with input as object.union(_doc("某县人民政府", 8, 30), {"children": _children, "children_missing": ["丁乡"]})
	count(r) == 1
	some v in r
	v.location == _loc(30)
	v.severity == "warning"
	v.message == "一、本年新收政府信息公开申请数量 自然人为8，而所汇总的3个单位（甲局、乙局、丙镇）之和为7；未计入：丁乡（其报告不在本次检查中）"
}

test_quiet_without_children if {
	count(rule.report) == 0 with input as _doc("某县人民政府", 8, 30)
}
