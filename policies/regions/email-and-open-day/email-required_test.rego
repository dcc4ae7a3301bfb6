package nianbao.rules.region["email-required_test"]

import data.nianbao.rules.region["email-required"] as rule

_contact_loc := {"line": 2, "column": 160, "end_line": 2, "end_column": 214}

test_fires_when_contact_has_no_email if {
	r := rule.report with input as {"contact": {"loc": _contact_loc, "emails": [], "phones": [{"value": "0994-2524371"}]}}
	count(r) == 1
	some v in r
	v.rule == "region/email-required"
	v.severity == "warning"
	v.message == "联系方式中没有电子邮箱（本地区要求写明电子邮箱）"
	v.location == _contact_loc
}

test_fires_without_contact_at_the_preamble if {
	r := rule.report with input as {"contact": null, "preamble": {"text": "…", "loc": {"line": 3, "column": 1, "end_line": 3, "end_column": 40}}}
	some v in r
	v.location.line == 3
}

test_quiet_with_an_email if {
	r := rule.report with input as {"contact": {"loc": _contact_loc, "emails": [{"value": "hzzwgk@126.com"}]}}
	count(r) == 0
}
