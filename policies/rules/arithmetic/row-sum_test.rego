package nianbao.rules.arithmetic["row-sum_test"]

import data.nianbao.lib.arithmetic_test as t
import data.nianbao.rules.arithmetic["row-sum"] as rule

test_fires_at_the_changed_cell if {
	values := object.union(t.seed_values, {"granted": {"commercial": 1}})
	r := rule.report with input as {"tables": {"applications": t.app_table(values)}}
	count(r) == 1
	some v in r
	v.rule == "arithmetic/row-sum"
	v.severity == "error"
	v.message == "“（一）予以公开”行：总计（0）不等于自然人及法人或其他组织各列之和（1）"
	v.location == t.loc("granted", "commercial")
}

test_fires_at_the_total_when_columns_agree if {
	# The row disagrees but no column identity points at one cell.
	values := object.union(t.seed_values, {"withheld_state_secret": {"natural_person": 1, "commercial": 1, "total": 1}, "total_processed": {"natural_person": 8, "commercial": 1, "total": 8}, "carried_over": {"natural_person": 1, "commercial": 1, "total": 2}})
	r := rule.report with input as {"tables": {"applications": t.app_table(values)}}
	some v in r
	v.message == "“（三）不予公开 1.属于国家秘密”行：总计（1）不等于自然人及法人或其他组织各列之和（2）"
	v.location == t.loc("withheld_state_secret", "total")
}

test_subtotal if {
	table := t.app_table(t.seed_values)
	rows := {row: object.union(cells, {"legal_person_subtotal": t.cell(s, 70, 1)}) |
		some row, cells in table.rows
		s := object.get({"carried_over": 3}, row, 0)
	}
	r := rule.report with input as {"tables": {"applications": {"rows": rows}}} with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "Row 2. applications carried over from last year: legal persons subtotal (3) does not equal the sum of the five organisation columns (0)"
	v.location.line == 70
}

test_quiet_on_a_consistent_table if {
	r := rule.report with input as {"tables": {"applications": t.app_table(t.seed_values)}}
	count(r) == 0
}
