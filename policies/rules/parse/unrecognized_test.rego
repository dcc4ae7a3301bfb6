package nianbao.rules.parse.unrecognized_test

import data.nianbao.rules.parse.unrecognized as rule

test_fires_on_a_document_without_sections_or_tables if {
	r := rule.report with input as {"sections": [], "tables": {}}
	count(r) == 1
	some v in r
	v.rule == "parse/unrecognized"
	v.severity == "error"
	v.location.line == 1
}

test_quiet_when_a_section_is_found if {
	r := rule.report with input as {"sections": [{"key": "overview"}], "tables": {}}
	count(r) == 0
}

test_quiet_when_only_a_table_is_found if {
	r := rule.report with input as {"sections": [], "tables": {"review": {}}}
	count(r) == 0
}
