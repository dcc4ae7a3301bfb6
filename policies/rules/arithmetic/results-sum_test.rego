package nianbao.rules.arithmetic["results-sum_test"]

import data.nianbao.lib.arithmetic_test as t
import data.nianbao.rules.arithmetic["results-sum"] as rule

test_fires_at_the_changed_result_cell if {
	values := object.union(t.seed_values, {"granted": {"commercial": 1}})
	r := rule.report with input as {"tables": {"applications": t.app_table(values)}}
	count(r) == 1
	some v in r
	v.rule == "arithmetic/results-sum"
	v.severity == "error"
	v.message == "（七）总计（0）不等于各项办理结果之和（1）（商业企业列）"
	v.location == t.loc("granted", "commercial")
}

test_fires_at_the_total_when_rows_agree if {
	# A result moved to another row within the same column: every row sum
	# holds, so the total cell is blamed.
	values := object.union(t.seed_values, {"total_processed": {"natural_person": 6, "total": 6}, "carried_forward": {"natural_person": 1, "total": 1}})
	r := rule.report with input as {"tables": {"applications": t.app_table(values)}}
	count(r) == 2
	some v in r
	v.message == "（七）总计（6）不等于各项办理结果之和（7）（自然人列）"
	v.location == t.loc("total_processed", "natural_person")
}

test_single_other_handling_row_counts if {
	table := t.app_table(object.union(t.seed_values, {"total_processed": {"natural_person": 8, "total": 8}}))
	rows := object.union(
		object.remove(table.rows, ["other_no_correction", "other_unpaid_fee", "other_misc"]),
		{"other_handling": {col: t.cell(n, 50, 1) | some col in t.app_cols; n := object.get({"natural_person": 1, "total": 1}, col, 0)}},
	)
	r := rule.report with input as {"tables": {"applications": {"rows": rows}}}
	count(r) == 0
}

test_quiet_on_a_consistent_table if {
	r := rule.report with input as {"tables": {"applications": t.app_table(t.seed_values)}}
	count(r) == 0
}
