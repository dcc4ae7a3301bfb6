package nianbao.rules.fees["amount-invalid_test"]

import data.nianbao.rules.fees["amount-invalid"] as rule

_loc := {"line": 30, "column": 11, "end_line": 30, "end_column": 18}

_doc(value, raw) := {"tables": {"active": {"rows": {"administrative_fees": {"amount": {"value": value, "raw": raw, "loc": _loc}}}}}}

test_fires_on_text if {
	r := rule.report with input as _doc(null, "约5万")
	count(r) == 1
	some v in r
	v.rule == "fees/amount-invalid"
	v.severity == "error"
	v.message == "行政事业性收费金额“约5万”不是有效的数字"
	v.location == _loc
}

test_fires_on_a_negative_amount if {
	r := rule.report with input as _doc(-3.5, "-3.5") with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == `The administrative fee amount "-3.5" is negative`
}

test_fires_on_a_blank_cell if {
	r := rule.report with input as _doc(null, " ")
	count(r) == 1
	some v in r
	v.message == "行政事业性收费金额为空，没有收费应填0"
	v.location == _loc
}

test_quiet_on_amounts if {
	count(rule.report) == 0 with input as _doc(5087.94, "5087.94")
	count(rule.report) == 0 with input as _doc(0, "0")
}

test_quiet_without_the_cell if {
	count(rule.report) == 0 with input as {"tables": {}}
	count(rule.report) == 0 with input as {"tables": {"active": {"rows": {"administrative_fees": {"previous_count": {"value": 0, "raw": "0", "loc": _loc}}}}}}
}
