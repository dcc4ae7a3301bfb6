package nianbao.rules.arithmetic["cell-invalid_test"]

import data.nianbao.lib.arithmetic_test as t
import data.nianbao.rules.arithmetic["cell-invalid"] as rule

_loc := {"line": 5, "column": 9, "end_line": 5, "end_column": 11}

_app(cell) := {"tables": {"applications": {"rows": {"carried_over": {"natural_person": cell}}}}}

test_negative_count_is_an_error if {
	r := rule.report with input as _app({"value": -3, "raw": "-3", "loc": _loc})
	count(r) == 1
	some v in r
	v.rule == "arithmetic/cell-invalid"
	v.severity == "error"
	v.message == "表三（收到和处理政府信息公开申请情况）“二、上年结转政府信息公开申请数量”行“自然人”列为负数，应为非负整数：“-3”"
	v.location == _loc
}

test_fraction_is_an_error if {
	r := rule.report with input as _app({"value": 2.5, "raw": "2.5", "loc": _loc})
	count(r) == 1
	some v in r
	v.severity == "error"
	endswith(v.message, "列不是整数：“2.5”")
}

test_text_is_an_error if {
	r := rule.report with input as _app({"value": null, "raw": "七", "loc": _loc})
	count(r) == 1
	some v in r
	v.severity == "error"
	endswith(v.message, "列不是数字：“七”")
}

test_placeholder_is_a_warning if {
	every raw in ["/", "-", "—", "——", "无", " / "] {
		_one_placeholder_warning(raw)
	}
}

_one_placeholder_warning(raw) if {
	r := rule.report with input as _app({"value": null, "raw": raw, "loc": _loc})
	count(r) == 1
	some v in r
	v.severity == "warning"
	v.message == sprintf("表三（收到和处理政府信息公开申请情况）“二、上年结转政府信息公开申请数量”行“自然人”列以符号代替数字，没有发生的情形应填0：“%s”", [raw])
	v.location == _loc
}

test_blank_is_a_warning if {
	r := rule.report with input as _app({"value": null, "raw": "", "loc": _loc}) with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.severity == "warning"
	v.message == `In table 3 (applications), row 2. applications carried over from last year, column natural persons is blank; a case that did not occur is written 0: ""`
}

test_review_and_active_cells if {
	doc := {"tables": {
		"review": {"reconsideration": {"total": {"value": -1, "raw": "-1", "loc": _loc}}},
		"active": {"rows": {"licensing": {"decisions": {"value": 1.5, "raw": "1.5", "loc": _loc}}}},
	}}
	r := rule.report with input as doc
	count(r) == 2
	some v in r
	v.message == "表四（行政复议、行政诉讼情况）“行政复议”行“总计”列为负数，应为非负整数：“-1”"
	some w in r
	w.message == "表二（主动公开政府信息情况）“行政许可”行“处理决定数量”列不是整数：“1.5”"
}

test_amounts_and_changes_are_not_counts if {
	doc := {"tables": {"active": {"rows": {
		"administrative_fees": {"amount": {"value": 5087.94, "raw": "5087.94", "loc": _loc}, "change": {"value": -2, "raw": "-2", "loc": _loc}},
		"procurement": {"amount": {"value": null, "raw": "75394432.52元", "loc": _loc}},
	}}}}
	r := rule.report with input as doc
	count(r) == 0

	# also when a count elsewhere holds the same value
	r2 := rule.report with input as object.union(doc, _app({"value": -2, "raw": "-2", "loc": _loc}))
	count(r2) == 1
	some v in r2
	contains(v.message, "“二、上年结转政府信息公开申请数量”行")
}

test_quiet_on_whole_numbers if {
	r := rule.report with input as {"tables": {"applications": t.app_table(t.seed_values), "review": t.review_table({})}}
	count(r) == 0
}
