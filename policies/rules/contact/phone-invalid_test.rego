package nianbao.rules.contact["phone-invalid_test"]

import data.nianbao.rules.contact["phone-invalid"] as rule

_loc(col) := {"line": 2, "column": col, "end_line": 2, "end_column": col + 12}

_contact(phones, faxes) := {"contact": {
	"loc": _loc(160), "address": null, "postcode": null, "emails": [], "person": null,
	"phones": [{"value": v, "loc": _loc(186 + 20 * i)} | some i, v in phones],
	"faxes": [{"value": v, "loc": _loc(300 + 20 * i)} | some i, v in faxes],
}}

# "0994-252437" could still be area code 099 and 7 digits; two digits
# missing cannot.
test_fires_on_a_number_with_digits_missing if {
	r := rule.report with input as _contact(["0994-252437"], [])
	count(r) == 0
	r2 := rule.report with input as _contact(["0994-25243"], [])
	count(r2) == 1
	some v in r2
	v.rule == "contact/phone-invalid"
	v.severity == "error"
	v.message == "电话号码“0994-25243”不是有效的固定电话或手机号码"
	v.location == _loc(186)
}

test_fires_on_a_fax_and_a_short_mobile if {
	r := rule.report with input as _contact(["1381234567"], ["0994-2524352", "2524"]) with data.nianbao.config.lang as "en"
	count(r) == 2
	{v.message | some v in r} == {
		`Phone number "1381234567" is not a valid Chinese landline or mobile number`,
		`Fax number "2524" is not a valid Chinese landline or mobile number`,
	}
	some v in r
	v.message == `Fax number "2524" is not a valid Chinese landline or mobile number`
	v.location == _loc(320)
}

test_quiet_on_valid_numbers if {
	r := rule.report with input as _contact(
		[
			"0994-2524371", "010-12345678", "(0591)23165250", "0591 2316 5250", "2524371",
			"13812345678", "138-1234-5678", "400-123-4567", "12345", "0994-2524371转8001",
			"0994-2524371-8001", "0994—2524371", "2524371-801", "0994-12345",
		],
		["0994-2524352"],
	)
	count(r) == 0
}

test_quiet_without_contact if {
	r := rule.report with input as {"contact": null}
	count(r) == 0
}
