package nianbao.rules.parse["table-incomplete_test"]

import data.nianbao.rules.parse["table-incomplete"] as rule

_loc := {"line": 28, "column": 1, "end_line": 52, "end_column": 40}

_row_loc := {"line": 30, "column": 1, "end_line": 30, "end_column": 9}

test_names_rows_left_out if {
	r := rule.report with input as {
		"notes": [{"code": "table_incomplete", "message": "table 三: rows missing", "loc": _loc, "table": "applications", "missing": ["granted", "carried_forward"]}],
		"tables": {"applications": {"rows": {}}},
	}
	count(r) == 1
	some v in r
	v.rule == "parse/table-incomplete"
	v.severity == "warning"
	v.message == "表三（收到和处理政府信息公开申请情况）未能完整读取：报告中缺少“（一）予以公开”、“四、结转下年度继续办理”行"
	v.location == _loc
}

test_one_finding_tells_every_kind if {
	r := rule.report with input as {
		"notes": [{
			"code": "table_incomplete", "message": "table 二: …", "loc": _loc, "table": "active",
			"missing": ["coercion"], "unread": ["regulations"], "run_together": ["normative_documents"],
		}],
		"tables": {},
	}
	count(r) == 1
	some v in r
	v.message == "表二（主动公开政府信息情况）未能完整读取：报告中缺少“行政强制”行；“规章”的单元格未能全部读取；“行政规范性文件”数字连写，无法唯一拆分，未参加算术核对"
}

test_names_review_cells_in_english if {
	r := rule.report with input as {
		"notes": [{"code": "table_incomplete", "message": "table 四: 13 of 15 cells", "loc": _loc, "table": "review", "unread": ["litigation_after_review.pending", "litigation_after_review.total"]}],
		"tables": {},
	} with data.nianbao.config.lang as "en"
	some v in r
	v.message == "table 4 (reconsideration and litigation) not read completely: cells not all read in litigation after reconsideration: pending, litigation after reconsideration: total"
}

test_names_review_groups_run_together if {
	r := rule.report with input as {
		"notes": [{"code": "table_incomplete", "message": "x", "loc": _loc, "table": "review", "run_together": ["reconsideration"]}],
		"tables": {},
	}
	some v in r
	contains(v.message, "数字连写，无法唯一拆分")
	not contains(v.message, "reconsideration")
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
	v.message == "表三（收到和处理政府信息公开申请情况）未能完整读取：报告中缺少“some_new_row”行"
	some w in r
	w.message == "统计表未能完整读取：rows lost"
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
