package nianbao.rules.structure["table-missing_test"]

import data.nianbao.rules.structure["table-missing"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 10}

_cell(v) := {"value": v, "raw": sprintf("%v", [v]), "loc": _loc(99)}

_blank := {"value": null, "raw": "", "loc": _loc(99)}

_sections := [
	{"key": "overview", "loc": _loc(5)},
	{"key": "active_disclosure", "loc": _loc(21)},
	{"key": "applications", "loc": _loc(24)},
	{"key": "review_litigation", "loc": _loc(462)},
]

_applications := {"rows": {"new_received": {"total": _cell(0)}}}

_review := {"reconsideration": {"total": _cell(0)}, "litigation_direct": {}, "litigation_after_review": {}}

test_fires_when_table_two_is_absent if {
	r := rule.report with input as {"sections": _sections, "tables": {"applications": _applications, "review": _review}}
	count(r) == 1
	some v in r
	v.rule == "structure/table-missing"
	v.severity == "error"
	v.message == "未找到表二（主动公开政府信息情况）"
	v.location == _loc(21)
}

test_fires_when_a_table_holds_no_numbers if {
	r := rule.report with input as {"sections": _sections, "tables": {
		"active": {"rows": {"regulations": {"issued": _blank, "repealed": _blank}}},
		"applications": _applications,
		"review": {"reconsideration": {"total": _blank}, "litigation_direct": {}, "litigation_after_review": {}},
	}}
	count(r) == 2
	{v.message | some v in r} == {"表二（主动公开政府信息情况）中没有任何数字", "表四（行政复议、行政诉讼情况）中没有任何数字"}
	some v in r
	v.message == "表四（行政复议、行政诉讼情况）中没有任何数字"
	v.location == _loc(462)
}

test_missing_section_and_table_located_where_it_belongs if {
	r := rule.report with input as {"sections": array.slice(_sections, 0, 3), "tables": {}, "end": _loc(600)} with data.nianbao.config.lang as "en"
	count(r) == 3
	some v in r
	v.message == "No table 4 (reconsideration and litigation) found"
	v.location == _loc(600)
}

test_quiet_with_all_tables if {
	r := rule.report with input as {"sections": _sections, "tables": {
		"active": {"rows": {"administrative_fees": {"amount": _cell(5087.94)}}},
		"applications": _applications,
		"review": _review,
	}}
	count(r) == 0
}

# Table 四 under a heading read through a typo is found like any other.
test_quiet_on_a_table_under_a_heading_read_through_a_typo if {
	typo := {
		"key": "review_litigation", "loc": _loc(462),
		"heading": "政府信息公开行政法复议、行政诉讼情况",
		"template_heading": "政府信息公开行政复议、行政诉讼情况",
	}
	sections := array.concat(array.slice(_sections, 0, 3), [typo])
	active := {"rows": {"regulations": {"issued": _cell(0)}}}
	count(rule.report) == 0 with input as {"sections": sections, "tables": {"active": active, "applications": _applications, "review": _review}}
}
