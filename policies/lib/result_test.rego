package nianbao.lib.result_test

import data.nianbao.lib.result

_chain := [
	{"path": ["nianbao", "rules", "x", "y", "report"]},
	{"path": ["nianbao", "rules", "x", "y"], "annotations": {
		"scope": "package",
		"title": "标题",
		"custom": {
			"id": "x/y",
			"category": "x",
			"severity": "error",
			"basis": "第五十条",
			"message": {"zh": "第{row}行：{a}≠{b}", "en": "row {row}: {a} != {b}"},
		},
	}},
]

_loc := {"line": 4, "column": 2, "end_line": 4, "end_column": 3}

test_fail_renders_the_message_and_reads_metadata if {
	v := result.fail(_chain, {"row": "三", "a": 7, "b": 8.5}, _loc)
	v == {
		"rule": "x/y", "title": "标题", "category": "x", "severity": "error",
		"message": "第三行：7≠8.5", "location": _loc, "basis": "第五十条",
	}
}

test_english_message if {
	v := result.fail(_chain, {"row": "3", "a": 7, "b": 8}, _loc) with data.nianbao.config.lang as "en"
	v.message == "row 3: 7 != 8"
}

test_fail_as_changes_severity if {
	result.fail_as(_chain, {}, _loc, "warning").severity == "warning"
}

test_fail_with_uses_the_other_template if {
	chain := [{"path": ["x"], "annotations": {"title": "t", "custom": {
		"id": "demo/rule", "category": "demo", "severity": "warning",
		"message": {"zh": "主{a}", "en": "main {a}"},
		"message_other": {"zh": "另{a}", "en": "other {a}"},
	}}}]
	v := result.fail_with(chain, "message_other", {"a": 1}, {"line": 3, "column": 1, "end_line": 3, "end_column": 2})
	v.message == "另1"
	v.rule == "demo/rule"
	v.severity == "warning"
	v.location.line == 3
	w := result.fail_with(chain, "message_other", {"a": 1}, null) with data.nianbao.config.lang as "en"
	w.message == "other 1"
	w.location.line == 1
}

test_a_template_without_english_falls_back_to_chinese if {
	chain := [{"path": ["x"], "annotations": {"title": "t", "custom": {
		"id": "demo/rule", "category": "demo", "severity": "warning",
		"message": {"zh": "主{a}"},
	}}}]
	v := result.fail(chain, {"a": 1}, null) with data.nianbao.config.lang as "en"
	v.message == "主1"
}

test_missing_location_is_the_start if {
	result.fail(_chain, {}, null).location == result.start
	result.fail(_chain, {}, {"line": 0, "column": 0, "end_line": 0, "end_column": 0}).location == result.start
}

test_custom_messages if {
	result.custom("region.x", "error", "缺少邮箱").message == "缺少邮箱"
	v := result.custom("region.x", "warning", {"msg": "晚了", "location": _loc})
	v.message == "晚了"
	v.location == _loc
	v.severity == "warning"
	v.rule == "region.x"
	result.custom("region.x", "error", 42).message == "42"
	result.custom("region.x", "error", {"msg": "缺少邮箱", "location": null}).location == result.start
}
