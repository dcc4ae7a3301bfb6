package nianbao.rules.contact.incomplete_test

import data.nianbao.rules.contact.incomplete as rule

_loc(line, col) := {"line": line, "column": col, "end_line": line, "end_column": col + 10}

_field(v) := {"value": v, "loc": _loc(3, 40)}

_contact(address, phones, emails) := {"loc": _loc(3, 30), "address": address, "postcode": null, "phones": phones, "faxes": [], "emails": emails, "person": null}

test_fires_without_an_address if {
	r := rule.report with input as {"contact": _contact(null, [_field("0994-2345627")], [])}
	count(r) == 1
	some v in r
	v.rule == "contact/incomplete"
	v.severity == "info"
	v.message == "联系方式不完整，缺少地址"
	v.location == _loc(3, 30)
}

test_fires_with_only_an_email if {
	r := rule.report with input as {"contact": _contact(null, [], [_field("gk@example.gov.cn")])} with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "Contact details incomplete: no address, phone"
}

test_quiet_with_phone_and_address if {
	r := rule.report with input as {"contact": _contact(_field("昌吉市建国西路33号"), [_field("0994-2524371")], [])}
	count(r) == 0
}

test_quiet_without_any_contact_details if {
	r := rule.report with input as {"contact": null}
	count(r) == 0
	r2 := rule.report with input as {"contact": _contact(null, [], [])}
	count(r2) == 0
}
