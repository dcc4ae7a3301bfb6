package nianbao.rules.structure["section-order_test"]

import data.nianbao.rules.structure["section-order"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 10}

_heading := {
	"overview": "总体情况",
	"active_disclosure": "主动公开政府信息情况",
	"applications": "收到和处理政府信息公开申请情况",
	"review_litigation": "政府信息公开行政复议、行政诉讼情况",
	"problems": "存在的主要问题及改进情况",
	"other_matters": "其他需要报告的事项",
}

# _doc builds sections from [key, number] pairs written on lines 10, 20, …
_doc(pairs) := {"sections": [{"key": p[0], "number": p[1], "heading": _heading[p[0]], "loc": _loc((i + 1) * 10)} |
	some i, p in pairs
]}

test_fires_on_a_section_after_a_later_one if {
	r := rule.report with input as _doc([
		["overview", 1], ["active_disclosure", 2], ["review_litigation", 4],
		["applications", 3], ["problems", 5], ["other_matters", 6],
	])
	count(r) == 1
	some v in r
	v.rule == "structure/section-order"
	v.severity == "error"
	v.message == "章节“三、收到和处理政府信息公开申请情况”排在“四、政府信息公开行政复议、行政诉讼情况”之后，与模板顺序不符"
	v.location == _loc(40)
}

test_reports_only_the_moved_section if {
	r := rule.report with input as _doc([
		["other_matters", null], ["overview", null], ["active_disclosure", null],
		["applications", null], ["review_litigation", null], ["problems", null],
	])
	count(r) == 1
	some v in r
	v.message == "章节“六、其他需要报告的事项”排在“一、总体情况”之前，与模板顺序不符"
	v.location == _loc(10)
}

test_fires_on_misnumbered_headings if {
	r := rule.report with input as _doc([
		["overview", 1], ["applications", 2], ["review_litigation", 3],
		["problems", 4], ["other_matters", 5],
	])
	count(r) == 4
	some v in r
	v.message == "章节标题“收到和处理政府信息公开申请情况”编号为“二”，按模板应为“三”"
	v.location == _loc(20)
	some w in r
	w.location == _loc(50)
}

test_numbers_beyond_ten_are_written_in_digits if {
	r := rule.report with input as _doc([["overview", 11]])
	count(r) == 1
	some v in r
	v.message == "章节标题“总体情况”编号为“11”，按模板应为“一”"
}

test_english_messages if {
	r := rule.report with input as _doc([["overview", 1], ["problems", 4]]) with data.nianbao.config.lang as "en"
	some v in r
	v.message == `Heading "存在的主要问题及改进情况" is numbered 4; the template numbers it 5`
	r2 := rule.report with input as _doc([["problems", null], ["overview", null]]) with data.nianbao.config.lang as "en"
	some w in r2
	w.message == `Section "1. General situation" comes after "5. Main problems and improvements", against the template order`
}

# With more than twelve headings not every subset is tried: a heading is
# moved when one written before it belongs after it.
test_many_headings if {
	pairs := array.concat(
		[[k, null] | some k in ["overview", "active_disclosure", "applications", "review_litigation", "problems", "other_matters"]],
		[["overview", null] | some _ in numbers.range(1, 7)],
	)
	r := rule.report with input as _doc(pairs)
	count(r) == 7
	every v in r {
		v.message == "章节“一、总体情况”排在“二、主动公开政府信息情况”之后，与模板顺序不符"
	}
	{v.location.line | some v in r} == {70, 80, 90, 100, 110, 120, 130}
}

test_quiet_in_template_order if {
	r := rule.report with input as _doc([
		["overview", 1], ["active_disclosure", 2], ["applications", 3],
		["review_litigation", 4], ["problems", 5], ["other_matters", 6],
	])
	count(r) == 0
}

test_quiet_with_gaps_and_no_numbers if {
	r := rule.report with input as _doc([["active_disclosure", null], ["applications", 3], ["other_matters", null]])
	count(r) == 0
}

test_quiet_without_sections if {
	r := rule.report with input as {"sections": []}
	count(r) == 0
}

_doc2025(pairs) := {"sections": [{"key": p[0], "number": p[1], "heading": object.get(_heading, p[0], "信息处理费收取情况"), "loc": _loc((i + 1) * 10)} |
	some i, p in pairs
]}

# The 2025 template's 五、信息处理费收取情况 moves the last two sections up
# one number (平潭综合实验区苏平片区管理局 2025: 六、存在的主要问题和改进情况).
test_quiet_on_the_numbering_of_the_2025_template if {
	r := rule.report with input as _doc2025([
		["overview", 1], ["active_disclosure", 2], ["applications", 3], ["review_litigation", 4],
		["processing_fees", 5], ["problems", 6], ["other_matters", 7],
	])
	count(r) == 0
	r2 := rule.report with input as _doc2025([
		["overview", 1], ["active_disclosure", 2], ["applications", 3], ["review_litigation", 4],
		["processing_fees", 5], ["problems", 6],
	])
	count(r2) == 0
}

test_without_the_fee_section_the_old_numbering_applies if {
	r := rule.report with input as _doc([
		["overview", 1], ["active_disclosure", 2], ["applications", 3], ["review_litigation", 4],
		["problems", 6], ["other_matters", 7],
	])
	{v.message | some v in r} == {
		"章节标题“存在的主要问题及改进情况”编号为“六”，按模板应为“五”",
		"章节标题“其他需要报告的事项”编号为“七”，按模板应为“六”",
	}
}

test_the_2025_numbering_checks_the_fee_section_too if {
	r := rule.report with input as _doc2025([
		["overview", 1], ["active_disclosure", 2], ["applications", 3], ["review_litigation", 4],
		["processing_fees", 6], ["problems", 5], ["other_matters", 7],
	])
	{v.message | some v in r} == {
		"章节标题“信息处理费收取情况”编号为“六”，按模板应为“五”",
		"章节标题“存在的主要问题及改进情况”编号为“五”，按模板应为“六”",
	}
	r2 := rule.report with input as _doc2025([
		["overview", null], ["active_disclosure", null], ["applications", null], ["review_litigation", null],
		["problems", null], ["processing_fees", null], ["other_matters", null],
	])
	{v.message | some v in r2} == {"章节“五、信息处理费收取情况”排在“六、存在的主要问题及改进情况”之后，与模板顺序不符"}
}
