package nianbao.rules.contact["postcode-invalid_test"]

import data.nianbao.rules.contact["postcode-invalid"] as rule

_loc := {"line": 2, "column": 176, "end_line": 2, "end_column": 181}

_doc(code) := {"contact": {"loc": _loc, "address": null, "postcode": {"value": code, "loc": _loc}, "phones": [], "faxes": [], "emails": [], "person": null}}

test_fires_on_five_digits if {
	r := rule.report with input as _doc("83110")
	count(r) == 1
	some v in r
	v.rule == "contact/postcode-invalid"
	v.severity == "error"
	v.message == "邮编“83110”不是六位数字"
	v.location == _loc
}

test_fires_on_seven_digits_in_english if {
	r := rule.report with input as _doc("8311000") with data.nianbao.config.lang as "en"
	some v in r
	v.message == `Postcode "8311000" is not six digits`
}

test_quiet_on_six_digits if {
	r := rule.report with input as _doc("831100")
	count(r) == 0
	r2 := rule.report with input as _doc("831 100")
	count(r2) == 0
}

test_quiet_without_postcode if {
	r := rule.report with input as {"contact": {"postcode": null}}
	count(r) == 0
	r2 := rule.report with input as {"contact": null}
	count(r2) == 0
}
