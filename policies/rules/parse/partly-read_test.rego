package nianbao.rules.parse["partly-read_test"]

import data.nianbao.rules.parse["partly-read"] as rule

_loc := {"line": 40, "column": 1, "end_line": 40, "end_column": 1, "page": 3}

test_a_scanned_page_is_named if {
	r := rule.report with input as {"notes": [{"code": "unreadable", "reason": "scanned_page", "message": "page 3 has no text layer", "loc": _loc}]}
	count(r) == 1
	some v in r
	v.rule == "parse/partly-read"
	v.severity == "warning"
	v.message == "第3页没有文字层（可能是扫描图片），该页内容未能读取，未参加检查"
	v.location == _loc
}

test_a_bound_names_its_count_in_both_languages if {
	doc := {"notes": [{"code": "unreadable", "reason": "row_too_wide", "count": 2000, "message": "x", "loc": _loc}]}
	some v in rule.report with input as doc
	v.message == "此行表格的单元格远多于任何年度报告，只读取了前2000个，其余未参加检查"
	some w in rule.report with input as doc with data.nianbao.config.lang as "en"
	w.message == "This table row has far more cells than any report's; only its first 2000 were read, and the rest took part in no check"
}

test_an_unknown_reason_gives_the_parser_words if {
	r := rule.report with input as {"notes": [{"code": "unreadable", "reason": "new", "message": "something odd", "loc": _loc}]}
	some v in r
	v.message == "部分内容未能读取，未参加检查：something odd"
}

test_other_notes_are_not_reported if {
	count(rule.report) == 0 with input as {"notes": [{"code": "table_incomplete", "message": "x", "loc": _loc, "table": "active"}]}
}

test_a_page_read_whole_is_not_reported if {
	count(rule.report) == 0 with input as {"notes": [{"code": "unreadable", "reason": "no_article", "message": "x", "loc": _loc}]}
}
