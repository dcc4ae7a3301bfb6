package nianbao.rules.parse["table-incomplete_test"]

import data.nianbao.rules.parse["table-incomplete"] as rule

_loc := {"line": 28, "column": 1, "end_line": 52, "end_column": 40}

_row_loc := {"line": 30, "column": 1, "end_line": 30, "end_column": 9}

test_fires_on_missing_rows if {
	r := rule.report with input as {
		"notes": [{"code": "table_incomplete", "message": "table 三: 23 of 25 rows recognised", "loc": _loc, "table": "applications", "missing": ["granted", "carried_forward"]}],
		"tables": {"applications": {"rows": {}}},
	}
	count(r) == 1
	some v in r
	v.rule == "parse/table-incomplete"
	v.severity == "warning"
	v.message == "表三（收到和处理政府信息公开申请情况）中有未能读取的行或单元格：（一）予以公开、四、结转下年度继续办理"
	v.location == _loc
}

test_marks_a_row_with_cells_missing if {
	r := rule.report with input as {
		"notes": [{"code": "table_incomplete", "message": "table 二 row regulations: 2 of 3 cells recognised", "loc": _row_loc, "table": "active", "missing": ["regulations"]}],
		"tables": {"active": {"rows": {"regulations": {"issued": {"value": 1, "raw": "1"}}}}},
	}
	some v in r
	v.message == "表二（主动公开政府信息情况）中有未能读取的行或单元格：规章（部分单元格）"
	v.location == _row_loc
}

test_names_review_cells_in_english if {
	r := rule.report with input as {
		"notes": [{"code": "table_incomplete", "message": "table 四: 13 of 15 cells recognised", "loc": _loc, "table": "review", "missing": ["litigation_after_review.pending", "litigation_after_review.total"]}],
		"tables": {},
	} with data.nianbao.config.lang as "en"
	some v in r
	v.message == "table 4 (reconsideration and litigation): rows or cells that could not be read: litigation after reconsideration: pending, litigation after reconsideration: total"
}

test_falls_back_to_keys_and_message if {
	r := rule.report with input as {
		"notes": [
			{"code": "table_incomplete", "message": "rows lost", "loc": _loc, "table": "applications", "missing": ["some_new_row"]},
			{"code": "table_incomplete", "message": "rows lost", "loc": _row_loc},
		],
		"tables": {},
	}
	count(r) == 2
	some v in r
	v.message == "表三（收到和处理政府信息公开申请情况）中有未能读取的行或单元格：some_new_row"
	some w in r
	w.message == "统计表中有未能读取的行或单元格：rows lost"
	w.location == _row_loc
}

test_quiet_without_table_notes if {
	r := rule.report with input as {"notes": [{"code": "unreadable", "message": "x", "loc": _loc}], "tables": {}}
	count(r) == 0
}

test_quiet_without_notes if {
	r := rule.report with input as {"notes": [], "tables": {}}
	count(r) == 0
}
