package nianbao.rules.region["open-day_test"]

import data.nianbao.rules.region["open-day"] as rule

_six := {"key": "other_matters", "text": "", "loc": {"line": 68, "column": 1, "end_line": 68, "end_column": 12}}

test_fires_without_the_open_day if {
	r := rule.report with input as {"preamble": null, "sections": [_six], "end": {"line": 70, "column": 1, "end_line": 70, "end_column": 1}}
	count(r) == 1
	some v in r
	v.rule == "region/open-day"
	v.location.line == 68
}

test_quiet_when_the_day_is_reported if {
	six := object.union(_six, {"text": "二是“5·15政务公开日”活动情况。制定印发《关于开展第十八届“5.15政务公开日”活动的通知》"})
	r := rule.report with input as {"preamble": null, "sections": [six]}
	count(r) == 0
}

# Either the name of the day or its date is enough.
test_quiet_on_the_name_or_the_date_alone if {
	every text in ["组织开展政务公开日活动。", "组织开展“5 • 15”主题活动。"] {
		count(rule.report) == 0 with input as {"preamble": null, "sections": [object.union(_six, {"text": text})]}
	}
}
