package nianbao.rules.structure["section-missing_test"]

import data.nianbao.rules.structure["section-missing"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 10}

_all := [
	{"key": "overview", "loc": _loc(3)},
	{"key": "active_disclosure", "loc": _loc(9)},
	{"key": "applications", "loc": _loc(24)},
	{"key": "review_litigation", "loc": _loc(53)},
	{"key": "problems", "loc": _loc(58)},
	{"key": "other_matters", "loc": _loc(60)},
]

_end := {"line": 65, "column": 9, "end_line": 65, "end_column": 9}

test_fires_for_a_missing_first_section_at_the_next_heading if {
	r := rule.report with input as {"sections": array.slice(_all, 1, 6), "end": _end}
	count(r) == 1
	some v in r
	v.rule == "structure/section-missing"
	v.severity == "error"
	v.message == "缺少章节“一、总体情况”"
	v.location == _loc(9)
}

test_one_diagnostic_per_missing_section if {
	r := rule.report with input as {"sections": array.slice(_all, 0, 4), "end": _end}
	count(r) == 2
	{v.message | some v in r} == {"缺少章节“五、存在的主要问题及改进情况”", "缺少章节“六、其他需要报告的事项”"}
	every v in r {
		v.location == _end
	}
}

test_english_message if {
	r := rule.report with input as {"sections": array.slice(_all, 0, 5), "end": _end} with data.nianbao.config.lang as "en"
	some v in r
	v.message == `Section "6. Other matters" is missing`
}

test_quiet_with_all_six if {
	r := rule.report with input as {"sections": _all, "end": _end}
	count(r) == 0
}

# 平潭综合实验区苏平片区管理局 2025: 五 is 信息处理费收取情况, 六 the
# problems, and 其他需要报告的事项 is missing; it is 七 in this numbering.
test_with_the_2025_fee_section if {
	sections := array.concat(array.slice(_all, 0, 4), [{"key": "processing_fees", "loc": _loc(55)}, {"key": "problems", "loc": _loc(58)}])
	r := rule.report with input as {"sections": sections, "end": _end}
	{v.message | some v in r} == {"缺少章节“七、其他需要报告的事项”"}
	every v in r {
		v.location == _end
	}
	r2 := rule.report with input as {"sections": array.concat(sections, [{"key": "other_matters", "loc": _loc(60)}]), "end": _end}
	count(r2) == 0
}

# A heading read through a typo is its section: nothing is missing.
test_a_heading_read_through_a_typo_is_found if {
	typo := {
		"key": "review_litigation", "loc": _loc(53),
		"heading": "政府信息公开行政法复议、行政诉讼情况",
		"template_heading": "政府信息公开行政复议、行政诉讼情况",
	}
	sections := array.concat(array.concat(array.slice(_all, 0, 3), [typo]), array.slice(_all, 4, 6))
	count(rule.report) == 0 with input as {"sections": sections, "end": _end}
}
