# METADATA
# title: Contact details
# description: |
#   The report's contact details (input.contact) for the contact rules:
#   which kinds are given, and whether the public can reach the office at
#   all, so that contact/missing and contact/incomplete agree on it.
package nianbao.lib.contact

# details are the contact details, {} when the report gives none.
details := c if {
	c := input.contact
	is_object(c)
} else := {}

# given holds for each kind of contact detail the report gives: "address",
# or "phones", "faxes" or "emails" with at least one entry.
given("address") if object.get(details, "address", null) != null

given(key) if {
	key in {"phones", "faxes", "emails"}
	l := details[key]
	is_array(l)
	count(l) > 0
}

# reachable holds when the report gives a phone number, an address or an
# e-mail address (a fax number or a contact person alone does not count).
reachable if {
	some key in ["phones", "address", "emails"]
	given(key)
}
