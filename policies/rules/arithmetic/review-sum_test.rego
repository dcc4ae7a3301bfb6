package nianbao.rules.arithmetic["review-sum_test"]

import data.nianbao.lib.arithmetic_test as t
import data.nianbao.rules.arithmetic["review-sum"] as rule

test_fires_at_the_group_total if {
	r := rule.report with input as {"tables": {"review": t.review_table({"reconsideration": {"upheld": 10, "corrected": 1}})}}
	count(r) == 1
	some v in r
	v.rule == "arithmetic/review-sum"
	v.severity == "error"
	v.message == "“行政复议”：总计（0）不等于结果维持、结果纠正、其他结果、尚未审结之和（11）"
	v.location == {"line": 40, "column": 17, "end_line": 40, "end_column": 18}
}

test_english_message if {
	r := rule.report with input as {"tables": {"review": t.review_table({"litigation_after_review": {"total": 5}})}}
		with data.nianbao.config.lang as "en"
	some v in r
	v.message == "In litigation after reconsideration, the total (5) does not equal upheld + corrected + other + pending (0)"
	v.location.column == 57
}

test_quiet_when_groups_add_up if {
	r := rule.report with input as {"tables": {"review": t.review_table({
		"reconsideration": {"upheld": 72, "corrected": 64, "other": 178, "pending": 37, "total": 351},
		"litigation_direct": {"upheld": 13, "corrected": 4, "other": 8, "pending": 1, "total": 26},
	})}}
	count(r) == 0
}

test_quiet_when_a_cell_is_unreadable if {
	table := t.review_table({"reconsideration": {"upheld": 1}})
	patched := json.patch(table, [{"op": "replace", "path": "/reconsideration/total/value", "value": null}])
	r := rule.report with input as {"tables": {"review": patched}}
	count(r) == 0

	# a part, not the total
	part := json.patch(t.review_table({"reconsideration": {"total": 1}}), [{"op": "replace", "path": "/reconsideration/corrected/value", "value": null}])
	count(rule.report) == 0 with input as {"tables": {"review": part}}
}
