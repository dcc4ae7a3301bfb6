package nianbao.rules.history["copied-text_test"]

import data.nianbao.rules.history["copied-text"] as rule

_heading(line) := {"line": line, "column": 1, "end_line": line, "end_column": 10}

_doc(shares) := {
	"sections": [
		{"key": "overview", "number": 1, "heading": "总体情况", "loc": _heading(5), "text": ""},
		{"key": "problems", "number": 5, "heading": "存在的主要问题及改进情况", "loc": _heading(80), "text": ""},
	],
	"previous": {"source": {"path": "2023.txt"}},
	"comparison": {"sections": shares},
}

test_fires_on_section_five_copied if {
	r := rule.report with input as _doc({"problems": 0.97, "overview": 0.3})
	count(r) == 1
	some v in r
	v.severity == "warning"
	v.location == _heading(80)
	v.message == "“五、存在的主要问题及改进情况”与上一年度报告（2023.txt）的同一章节97%相同，上一年度提出的问题和改进措施应有本年度的进展"
}

test_section_one_at_info_level if {
	r := rule.report with input as _doc({"problems": 0.5, "overview": 0.95})
	count(r) == 1
	some v in r
	v.severity == "info"
	v.location == _heading(5)
}

test_quiet_below_the_threshold if {
	count(rule.report) == 0 with input as _doc({"problems": 0.89, "overview": 0.89})
}

test_quiet_without_comparison if {
	count(rule.report) == 0 with input as object.union(_doc({}), {"comparison": null})
}
