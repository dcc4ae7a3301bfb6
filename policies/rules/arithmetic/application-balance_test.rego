package nianbao.rules.arithmetic["application-balance_test"]

import data.nianbao.lib.arithmetic_test as t
import data.nianbao.rules.arithmetic["application-balance"] as rule

test_fires_at_the_changed_cell if {
	values := object.union(t.seed_values, {"new_received": {"natural_person": 8}})
	r := rule.report with input as {"tables": {"applications": t.app_table(values)}}
	count(r) == 1
	some v in r
	v.rule == "arithmetic/application-balance"
	v.severity == "error"
	v.message == "第一项加第二项之和（8）不等于第三项加第四项之和（7）（自然人列）"
	v.location == t.loc("new_received", "natural_person")
}

test_english_message if {
	values := object.union(t.seed_values, {"carried_forward": {"total": 2}})
	r := rule.report with input as {"tables": {"applications": t.app_table(values)}}
		with data.nianbao.config.lang as "en"
	some v in r
	v.message == "Items 1 + 2 (7) do not equal items 3 + 4 (9) (column total)"
	v.location == t.loc("carried_forward", "total")
}

test_fires_at_the_total_when_the_row_is_unclear if {
	# Both 一 and 二 disagree with their row sums in the same column.
	values := object.union(t.seed_values, {"new_received": {"research": 1}, "carried_over": {"research": 2}})
	r := rule.report with input as {"tables": {"applications": t.app_table(values)}}
	count(r) == 1
	some v in r
	v.message == "第一项加第二项之和（3）不等于第三项加第四项之和（0）（科研机构列）"
	v.location == t.loc("total_processed", "research")
}

test_quiet_on_a_balanced_table if {
	r := rule.report with input as {"tables": {"applications": t.app_table(t.seed_values)}}
	count(r) == 0
}

test_quiet_when_a_cell_is_blank if {
	table := t.app_table(object.union(t.seed_values, {"new_received": {"natural_person": 8}}))
	blank := {"value": null, "raw": "", "loc": t.loc("carried_over", "natural_person")}
	patched := json.patch(table, [{"op": "replace", "path": "/rows/carried_over/natural_person", "value": blank}])
	r := rule.report with input as {"tables": {"applications": patched}}
	count(r) == 0
}

test_quiet_without_table if {
	r := rule.report with input as {"tables": {}}
	count(r) == 0
}
