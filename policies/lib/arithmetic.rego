# METADATA
# title: Table arithmetic
# description: |
#   The identities that tables 三 and 四 must satisfy (I1–I4 of the
#   template), computed once for the arithmetic rules: which columns fail
#   I1 and I2, which rows fail I3, which groups fail I4, with the two sums
#   of each failure, and the cell most likely wrong. An identity is only
#   computed when every cell it needs holds a number; blank and unreadable
#   cells are the business of arithmetic/cell-invalid and
#   parse/table-incomplete.
package nianbao.lib.arithmetic

# app is table 三 (undefined when the report has none).
app := input.tables.applications if is_object(input.tables.applications)

# review is table 四 (undefined when the report has none).
review := input.tables.review if is_object(input.tables.review)

# org_cols are the five 法人或其他组织 columns of table 三.
org_cols := ["commercial", "research", "social_welfare", "legal_service", "other_org"]

# has_subtotal holds when table 三 has a 法人或其他组织 subtotal column.
has_subtotal if {
	some row in app.rows
	row.legal_person_subtotal
}

_subtotal_cols := ["legal_person_subtotal"] if has_subtotal

_subtotal_cols := [] if not has_subtotal

# app_cols are the columns of table 三, the subtotal included when present.
app_cols := array.concat(array.concat(["natural_person"], org_cols), array.concat(["total"], _subtotal_cols))

# balance_rows are the rows of I1: 一 + 二 = 三（七） + 四.
balance_rows := ["new_received", "carried_over", "total_processed", "carried_forward"]

# split_other_rows are the three rows of （六）其他处理 in the 2021
# template.
split_other_rows := ["other_no_correction", "other_unpaid_fee", "other_misc"]

_has_split_other if {
	some k in split_other_rows
	app.rows[k]
}

# other_rows are the （六）其他处理 rows: the three split rows of the 2021
# template, or the single row of the 2019 template.
other_rows := split_other_rows if _has_split_other

other_rows := ["other_handling"] if not _has_split_other

# result_rows are the rows whose sum is （七）总计 (I2).
result_rows := array.concat(
	[
		"granted", "partially_granted",
		"withheld_state_secret", "withheld_prohibited_by_law", "withheld_three_safety",
		"withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
		"withheld_enforcement_file", "withheld_query_matter",
		"unable_not_held", "unable_needs_creation", "unable_unclear",
		"not_processed_complaint", "not_processed_duplicate", "not_processed_publication",
		"not_processed_excessive", "not_processed_confirmation",
	],
	other_rows,
)

# num is the number in table 三's cell (row, col); undefined unless numeric.
num(row, col) := _nums[row][col]

# _nums maps each row of table 三 to its numeric cells ({col: number}):
# the table's numbers, which nianbao derives for every document it lints,
# else read here from the cells. The identities below read every cell
# several times, and look numbers up here rather than calling num (for
# speed).
_nums := app.numbers if _has_numbers

_nums := {row: {col: v | some col, cell in cells; v := cell.value; is_number(v)} | some row, cells in app.rows} if not _has_numbers

_has_numbers if is_object(app.numbers)

# differ holds when two sums are not equal (allowing for the rounding of
# fractional cells, which cell-invalid reports on its own). Most sums are
# equal, which the first comparison settles. (The identities below, which
# compare some 50 sums, write it out: a function call costs ten times a
# comparison.)
differ(a, b) if {
	a != b
	abs(a - b) > tolerance
}

# tolerance is how far apart two sums may be and still agree.
tolerance := 0.000001

# The identities below are complete rules, made once, and they take the
# rows they read into local variables before going through the columns:
# a local variable is looked up in a third of the time a rule is.

# balance maps each column where I1 can be computed to its two sums.
balance := {col: {"left": l, "right": r} |
	nums := _nums
	received := nums.new_received
	carried_over := nums.carried_over
	processed := nums.total_processed
	carried_forward := nums.carried_forward
	some col in app_cols
	l := received[col] + carried_over[col]
	r := processed[col] + carried_forward[col]
}

# balance_fails holds the columns where I1 fails.
balance_fails := {col |
	some col, b in balance
	b.left != b.right
	abs(b.left - b.right) > tolerance
}

# results maps each column where I2 can be computed to the stated total
# and the sum of the result rows.
results := {col: {"total": t, "sum": sum(vals)} |
	processed := _nums.total_processed
	rows := _result_nums
	n := count(result_rows)
	some col in app_cols
	t := processed[col]
	vals := [row[col] | some row in rows]
	count(vals) == n
}

# _result_nums are the numbers of the result rows (looked up once for all
# columns); a row missing from table 三 is missing here too.
_result_nums := [nums[row] | nums := _nums; some row in result_rows]

# results_fails holds the columns where I2 fails.
results_fails := {col |
	some col, r in results
	r.total != r.sum
	abs(r.total - r.sum) > tolerance
}

# _orgs maps each row of table 三 whose five organisation cells (org_cols)
# hold numbers to their sum, for the rows of a table with a subtotal
# column. (Written out rather than comprehended over org_cols: it is made
# for every row.)
_orgs := {row: o |
	some row, n in _nums
	o := sum([n.commercial, n.research, n.social_welfare, n.legal_service, n.other_org])
}

# row_sum maps each row of table 三 to its I3 failure, if any:
# {"kind", "stated", "computed"} where kind is "total" (总计 against
# 自然人 plus the organisation columns, or plus the subtotal when an
# organisation cell is unreadable) or "subtotal" (the subtotal against the
# five organisation columns). A row has at most one failure: when both the
# total and the subtotal disagree with the columns, the total is reported.
row_sum[row] := {"kind": "total", "stated": t, "computed": c} if {
	some row, f in _totals_failing
	t := f.stated
	c := f.computed
}

row_sum[row] := {"kind": "total", "stated": t, "computed": c} if {
	has_subtotal
	orgs := _orgs
	some row, n in _nums
	t := n.total
	not orgs[row]
	c := n.natural_person + n.legal_person_subtotal
	t != c
	abs(t - c) > tolerance
}

row_sum[row] := {"kind": "subtotal", "stated": s, "computed": c} if {
	has_subtotal
	nums := _nums
	failing := _totals_failing
	some row, c in _orgs
	s := nums[row].legal_person_subtotal
	s != c
	abs(s - c) > tolerance
	not failing[row]
}

# _totals_failing maps each row whose total is not 自然人 plus the
# organisation columns to the two (the one sum every row needs, written
# out for speed).
_totals_failing := {row: {"stated": t, "computed": c} |
	some row, n in _nums
	t := n.total
	c := n.natural_person + sum([n.commercial, n.research, n.social_welfare, n.legal_service, n.other_org])
	t != c
	abs(t - c) > tolerance
}

# row_fails holds the rows where I3 fails.
row_fails contains row if some row, _ in row_sum

# balance_loc is where an I1 failure in col is reported: the cell of the
# one row of I1 that also fails I3, else the （七）总计 cell.
balance_loc(col) := _blamed(balance_rows, col)

# results_loc is where an I2 failure in col is reported: the cell of the
# one result row (or （七）总计) that also fails I3, else the （七）总计 cell.
results_loc(col) := _blamed(_results_identity_rows, col)

# _results_identity_rows are the rows of I2: the result rows and （七）总计.
_results_identity_rows := array.concat(result_rows, ["total_processed"])

# _blamed is the cell in col of the one row of rows that fails I3, else
# the （七）总计 cell in col.
_blamed(rows, col) := app.rows[failing[0]][col].loc if {
	failing := [r | some r in rows; row_fails[r]]
	count(failing) == 1
} else := app.rows.total_processed[col].loc

# row_loc is where an I3 failure in row is reported: the cell of the one
# column that also fails I1 or I2 (whichever concerns the row), else the
# row's 总计 cell.
row_loc(row) := app.rows[row][col].loc if {
	failing := _columns_failing(row)
	count(failing) == 1
	some col in failing
} else := app.rows[row].total.loc

_columns_failing(row) := {col |
	some col in app_cols
	app.rows[row][col]
	_column_fails(row, col)
}

_column_fails(row, col) if {
	row in balance_rows
	balance_fails[col]
}

_column_fails(row, col) if {
	row in _results_identity_rows
	results_fails[col]
}

# review_groups are the three groups of table 四.
review_groups := ["reconsideration", "litigation_direct", "litigation_after_review"]

# review_parts are the columns whose sum is a group's total (I4).
review_parts := ["upheld", "corrected", "other", "pending"]

# review_num is the number in table 四's cell (group, col); undefined
# unless numeric.
review_num(group, col) := _review_nums[group][col]

# _review_nums maps each group of table 四 to its numeric cells, as _nums
# does the rows of table 三.
_review_nums := review.numbers if _has_review_numbers

_review_nums := {group: {col: v | some col, cell in review[group]; v := cell.value; is_number(v)} | some group in review_groups} if not _has_review_numbers

_has_review_numbers if is_object(review.numbers)

# review_sum maps each group of table 四 where I4 fails to its two sums.
review_sum[group] := {"total": t, "sum": s} if {
	some group, n in _review_nums
	t := n.total
	s := sum([n.upheld, n.corrected, n.other, n.pending])
	t != s
	abs(t - s) > tolerance
}

# show renders a number for a message: integers without a decimal point.
show(n) := format_int(n, 10) if {
	n == floor(n)
} else := sprintf("%v", [n]) if {
	n != floor(n)
}
