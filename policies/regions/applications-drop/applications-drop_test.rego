package nianbao.rules.region["applications-drop_test"]

import data.nianbao.rules.region["applications-drop"] as rule

_loc := {"line": 28, "column": 44, "end_line": 28, "end_column": 46}

_doc(n) := {"tables": {"applications": {"rows": {"new_received": {"total": {"value": n, "raw": sprintf("%d", [n]), "loc": _loc}}}}}}

test_fires_when_applications_halve if {
	r := rule.report with input as object.union(_doc(4), {"previous": _doc(10)})
	count(r) == 1
	some v in r
	v.message == "本年新收申请4件，不足上一年度10件的一半，请在报告中说明原因"
	v.location == _loc
}

test_quiet_at_half_or_more if {
	count(rule.report) == 0 with input as object.union(_doc(5), {"previous": _doc(10)})
}

test_quiet_without_previous if {
	count(rule.report) == 0 with input as object.union(_doc(1), {"previous": null})
}
