package nianbao.lib.contact_test

import data.nianbao.lib.contact

_field(v) := {"value": v, "loc": {"line": 3, "column": 40, "end_line": 3, "end_column": 50}}

_contact(address, phones, faxes, emails) := {"contact": {
	"loc": {"line": 3, "column": 30, "end_line": 3, "end_column": 90},
	"address": address, "postcode": null, "phones": phones, "faxes": faxes, "emails": emails, "person": null,
}}

test_given_kinds if {
	doc := _contact(_field("昌吉市建国西路33号"), [], [_field("0994-2524352")], [_field("gk@example.gov.cn")])
	{k | some k in ["address", "phones", "faxes", "emails"]; contact.given(k)} == {"address", "faxes", "emails"} with input as doc
	contact.reachable with input as doc
}

test_a_fax_alone_does_not_reach_the_office if {
	doc := _contact(null, [], [_field("0994-2524352")], [])
	contact.given("faxes") with input as doc
	not contact.reachable with input as doc
}

test_no_contact_details if {
	contact.details == {} with input as {"contact": null}
	not contact.reachable with input as {"contact": null}
	not contact.reachable with input as {}
}
