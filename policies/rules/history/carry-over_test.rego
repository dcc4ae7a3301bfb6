package nianbao.rules.history["carry-over_test"]

import data.nianbao.rules.history["carry-over"] as rule

_loc(line, col) := {"line": line, "column": col, "end_line": line, "end_column": col + 1}

_cell(v, line, col) := {"value": v, "raw": sprintf("%v", [v]), "loc": _loc(line, col)}

_doc(path, carried_over, carried_forward) := {
	"source": {"path": path},
	"tables": {"applications": {"rows": {
		"carried_over": {c: _cell(v, 30, i + 1) | some i, c in ["natural_person", "commercial", "total"]; v := carried_over[c]},
		"carried_forward": {c: _cell(v, 50, i + 1) | some i, c in ["natural_person", "commercial", "total"]; v := carried_forward[c]},
	}}},
}

_last := _doc("2023.txt", {"natural_person": 0, "commercial": 0, "total": 0}, {"natural_person": 3, "commercial": 1, "total": 4})

test_fires_at_this_years_cell_naming_last_years if {
	this := object.union(_doc("2024.txt", {"natural_person": 2, "commercial": 1, "total": 3}, {}), {"previous": _last})
	r := rule.report with input as this
	count(r) == 2
	some v in r
	v.location == _loc(30, 1)
	v.severity == "error"
	v.message == "上年结转（2）与上一年度报告（2023.txt）“四、结转下年度继续办理”的3不一致（自然人列）"
	v.related == [{"path": "2023.txt", "location": _loc(50, 1), "message": "上一年度报告“四、结转下年度继续办理”（自然人列）：3"}]
}

test_english if {
	this := object.union(_doc("2024.txt", {"natural_person": 3, "commercial": 0, "total": 4}, {}), {"previous": _last})
	r := rule.report with input as this with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "Carried over from last year (0) differs from the 1 carried forward in last year's report (2023.txt) (column commercial enterprises)"
}

test_quiet_when_it_follows if {
	this := object.union(_doc("2024.txt", {"natural_person": 3, "commercial": 1, "total": 4}, {}), {"previous": _last})
	count(rule.report) == 0 with input as this
}

test_quiet_without_previous if {
	this := object.union(_doc("2024.txt", {"natural_person": 9, "commercial": 1, "total": 10}, {}), {"previous": null})
	count(rule.report) == 0 with input as this
}

test_quiet_on_a_blank_cell if {
	blank := {"value": null, "raw": "", "loc": _loc(30, 1)}
	this := {"tables": {"applications": {"rows": {"carried_over": {"natural_person": blank}}}}, "previous": _last}
	count(rule.report) == 0 with input as this
}
