package nianbao.lib.arithmetic_test

import data.nianbao.lib.arithmetic

# app_rows are the row keys of table 三 (2021 template), in order.
app_rows := [
	"new_received", "carried_over", "granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited_by_law", "withheld_three_safety",
	"withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
	"withheld_enforcement_file", "withheld_query_matter",
	"unable_not_held", "unable_needs_creation", "unable_unclear",
	"not_processed_complaint", "not_processed_duplicate", "not_processed_publication",
	"not_processed_excessive", "not_processed_confirmation",
	"other_no_correction", "other_unpaid_fee", "other_misc",
	"total_processed", "carried_forward",
]

app_cols := ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]

# cell is a numeric cell at (line, column).
cell(v, line, column) := {
	"value": v,
	"raw": sprintf("%v", [v]),
	"loc": {"line": line, "column": column, "end_line": line, "end_column": column + 1},
}

# loc is the location app_table gives the cell (row, col): row i of
# app_rows is on line 10 + i, column j of app_cols at column 20 + 4j.
loc(row, col) := cell(0, 10 + i, 20 + (4 * j)).loc if {
	some i, r in app_rows
	r == row
	some j, c in app_cols
	c == col
}

# app_table builds table 三 from the values given as {row: {col: n}}; every
# other cell is 0.
app_table(values) := {"rows": {row: cells |
	some i, row in app_rows
	cells := {col: cell(object.get(values, [row, col], 0), 10 + i, 20 + (4 * j)) | some j, col in app_cols}
}}

# seed_values are the numbers of seed 000's table 三.
seed_values := {
	"new_received": {"natural_person": 7, "total": 7},
	"unable_not_held": {"natural_person": 7, "total": 7},
	"total_processed": {"natural_person": 7, "total": 7},
}

review_groups := ["reconsideration", "litigation_direct", "litigation_after_review"]

review_cols := ["upheld", "corrected", "other", "pending", "total"]

# review_table builds table 四 on line 40 from {group: {col: n}}.
review_table(values) := {group: cells |
	some g, group in review_groups
	cells := {col: cell(object.get(values, [group, col], 0), 40, (1 + (20 * g)) + (4 * j)) | some j, col in review_cols}
}

# with_numbers is a table with the numbers nianbao's documents carry.
with_numbers(table) := object.union(table, {"numbers": {row: {col: c.value | some col, c in cells; is_number(c.value)} |
	some row, cells in table.rows
}})

test_the_documents_numbers_are_added_up if {
	values := object.union(seed_values, {"granted": {"commercial": 1}})
	doc := {"tables": {"applications": with_numbers(app_table(values))}}
	arithmetic.results_fails == {"commercial"} with input as doc
	arithmetic.row_fails == {"granted"} with input as doc
	arithmetic.row_loc("granted") == loc("granted", "commercial") with input as doc

	# The numbers are read, not the cells.
	sound := {"tables": {"applications": object.union(app_table(values), {"numbers": with_numbers(app_table(seed_values)).numbers})}}
	count(arithmetic.results_fails) == 0 with input as sound
}

test_the_documents_review_numbers_are_added_up if {
	table := review_table({"litigation_direct": {"upheld": 2, "total": 1}})
	numbers := {g: {col: c.value | some col, c in table[g]} | some g in review_groups}
	doc := {"tables": {"review": object.union(table, {"numbers": numbers})}}
	arithmetic.review_sum == {"litigation_direct": {"total": 1, "sum": 2}} with input as doc
}

test_a_consistent_table_has_no_failures if {
	doc := {"tables": {"applications": app_table(seed_values)}}
	count(arithmetic.balance_fails) == 0 with input as doc
	count(arithmetic.results_fails) == 0 with input as doc
	count(arithmetic.row_fails) == 0 with input as doc
	count(arithmetic.balance) == 7 with input as doc
	count(arithmetic.results) == 7 with input as doc
}

test_one_changed_cell_is_located_by_every_identity if {
	values := object.union(seed_values, {"granted": {"commercial": 1}})
	doc := {"tables": {"applications": app_table(values)}}
	arithmetic.results_fails == {"commercial"} with input as doc
	arithmetic.row_fails == {"granted"} with input as doc
	arithmetic.results_loc("commercial") == loc("granted", "commercial") with input as doc
	arithmetic.row_loc("granted") == loc("granted", "commercial") with input as doc
}

test_unlocated_failures_fall_back_to_totals if {
	# Two rows of I1 fail their row sums: I1 cannot tell which is wrong.
	values := object.union(seed_values, {
		"new_received": {"commercial": 1},
		"carried_over": {"commercial": 1},
	})
	doc := {"tables": {"applications": app_table(values)}}
	arithmetic.balance_fails == {"commercial"} with input as doc
	arithmetic.balance_loc("commercial") == loc("total_processed", "commercial") with input as doc

	# A row failing in two columns that each fail I2: neither is blamed.
	values2 := object.union(seed_values, {"granted": {"commercial": 1, "research": 1}})
	doc2 := {"tables": {"applications": app_table(values2)}}
	arithmetic.results_fails == {"commercial", "research"} with input as doc2
	arithmetic.row_loc("granted") == loc("granted", "total") with input as doc2
}

test_blank_cells_are_not_computed if {
	t := app_table(seed_values)
	blank := {"value": null, "raw": "", "loc": loc("new_received", "natural_person")}
	doc := {"tables": {"applications": json.patch(t, [{"op": "replace", "path": "/rows/new_received/natural_person", "value": blank}])}}
	not arithmetic.balance.natural_person with input as doc
	count(arithmetic.balance_fails) == 0 with input as doc
	count(arithmetic.row_fails) == 0 with input as doc

	# The same for I2, with a result cell blank.
	blank_result := {"value": null, "raw": "", "loc": loc("unable_not_held", "natural_person")}
	doc2 := {"tables": {"applications": json.patch(t, [{"op": "replace", "path": "/rows/unable_not_held/natural_person", "value": blank_result}])}}
	not arithmetic.results.natural_person with input as doc2
	count(arithmetic.results_fails) == 0 with input as doc2
}

test_single_other_handling_row if {
	t := app_table(seed_values)
	rows := object.union(
		object.remove(t.rows, ["other_no_correction", "other_unpaid_fee", "other_misc"]),
		{"other_handling": {col: cell(0, 50, 1) | some col in app_cols}},
	)
	arithmetic.other_rows == ["other_handling"] with input as {"tables": {"applications": {"rows": rows}}}
	count(arithmetic.result_rows) == 19 with input as {"tables": {"applications": {"rows": rows}}}
	count(arithmetic.results_fails) == 0 with input as {"tables": {"applications": {"rows": rows}}}
}

test_subtotal_column if {
	t := app_table(seed_values)
	rows := {row: object.union(cells, {"legal_person_subtotal": cell(s, 60, 1)}) |
		some row, cells in t.rows
		s := object.get({"new_received": 1}, row, 0)
	}
	doc := {"tables": {"applications": {"rows": rows}}}
	arithmetic.has_subtotal with input as doc
	arithmetic.row_sum == {"new_received": {"kind": "subtotal", "stated": 1, "computed": 0}} with input as doc
	"legal_person_subtotal" in arithmetic.balance_fails with input as doc
}

test_row_sums_against_the_subtotal if {
	t := app_table(object.union(seed_values, {
		"granted": {"natural_person": 1, "total": 4},
		"partially_granted": {"commercial": 1, "total": 0},
	}))
	rows := {row: object.union(cells, {"legal_person_subtotal": cell(s, 60, 1)}) |
		some row, cells in t.rows
		s := object.get({"granted": 2, "partially_granted": 5}, row, 0)
	}
	blank := {"value": null, "raw": "", "loc": loc("granted", "commercial")}
	doc := {"tables": {"applications": {"rows": json.patch(rows, [{"op": "replace", "path": "/granted/commercial", "value": blank}])}}}

	# An organisation cell is blank: the total is 自然人 plus the subtotal.
	arithmetic.row_sum.granted == {"kind": "total", "stated": 4, "computed": 3} with input as doc

	# The total (0 against 0 + 1) and the subtotal (5 against 1) both
	# disagree: the total is reported.
	arithmetic.row_sum.partially_granted == {"kind": "total", "stated": 0, "computed": 1} with input as doc
}

test_review_sum if {
	doc := {"tables": {"review": review_table({"litigation_direct": {"upheld": 2, "total": 1}})}}
	arithmetic.review_sum == {"litigation_direct": {"total": 1, "sum": 2}} with input as doc
}

test_show if {
	arithmetic.show(7) == "7"
	arithmetic.show(2.5) == "2.5"
	arithmetic.show(3985758) == "3985758"
}
