package nianbao.rules.contact.missing_test

import data.nianbao.rules.contact.missing as rule

_loc(line, col) := {"line": line, "column": col, "end_line": line, "end_column": col + 10}

_preamble := {"text": "根据《条例》编制本报告。", "loc": _loc(3, 1)}

_field(v) := {"value": v, "loc": _loc(3, 40)}

test_fires_without_contact if {
	r := rule.report with input as {"preamble": _preamble, "title": null, "contact": null}
	count(r) == 1
	some v in r
	v.rule == "contact/missing"
	v.severity == "warning"
	v.message == "未找到联系方式（地址、电话或电子邮箱）"
	v.location == _loc(3, 1)
}

test_fires_with_only_a_contact_person if {
	c := {"loc": _loc(69, 1), "address": null, "postcode": null, "phones": [], "faxes": [], "emails": [], "person": _field("袁钲皓")}
	r := rule.report with input as {"preamble": null, "title": {"text": "某局2024年政府信息公开工作年度报告", "loc": _loc(1, 1)}, "contact": c} with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "No contact details found (address, phone or e-mail)"
	v.location == _loc(1, 1)
}

test_quiet_with_a_phone if {
	c := {"loc": _loc(3, 40), "address": null, "postcode": null, "phones": [_field("0994-2345627")], "faxes": [], "emails": [], "person": null}
	r := rule.report with input as {"preamble": _preamble, "contact": c}
	count(r) == 0
}

test_quiet_with_an_email_only if {
	c := {"loc": _loc(3, 40), "address": null, "postcode": null, "phones": [], "faxes": [], "emails": [_field("gk@example.gov.cn")], "person": null}
	r := rule.report with input as {"preamble": _preamble, "contact": c}
	count(r) == 0
}
