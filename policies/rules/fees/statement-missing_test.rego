package nianbao.rules.fees["statement-missing_test"]

import data.nianbao.rules.fees["statement-missing"] as rule

_loc(line) := {"line": line, "column": 3, "end_line": line, "end_column": 12}

_doc(year, text) := {"year": year, "preamble": null, "end": _loc(570), "sections": [
	{"key": "problems", "loc": _loc(554), "text": "下一步，我们将进一步健全推进工作机制。"},
	{"key": "other_matters", "loc": _loc(560), "text": text},
]}

test_fires_on_nothing_to_report if {
	r := rule.report with input as _doc(2021, "暂无需要报告的其他事项。")
	count(r) == 1
	some v in r
	v.rule == "fees/statement-missing"
	v.severity == "error"
	v.message == "报告未说明是否收取信息处理费，应在“六、其他需要报告的事项”中说明（如“本年度未收取信息处理费”）"
	v.location == _loc(560)
}

test_document_titles_and_other_fees_do_not_count if {
	text := "认真贯彻《政府信息公开信息处理费管理办法》，规范收费行为。本年度收取污水处理费120万元。"
	r := rule.report with input as _doc(2024, text) with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == `The report never says whether information processing fees (信息处理费) were charged; state it in "6. Other matters" (e.g. 本年度未收取信息处理费)`
}

test_a_mention_that_says_nothing_does_not_count if {
	count(rule.report) == 1 with input as _doc(2024, "进一步规范信息处理费管理。")
}

test_located_at_the_end_without_section_six if {
	r := rule.report with input as {"year": null, "preamble": null, "end": _loc(570), "sections": [{"key": "problems", "loc": _loc(554), "text": "无。"}]}
	some v in r
	v.location == _loc(570)
}

test_quiet_when_the_fee_is_stated if {
	count(rule.report) == 0 with input as _doc(2021, "本年度，本机关未收取政府信息处理费，无其他需要报告的事项。")
	count(rule.report) == 0 with input as _doc(2024, "无收取信息处理费的情况。")
	count(rule.report) == 0 with input as _doc(2024, "本年度收取信息处理费0元。")
	count(rule.report) == 0 with input as _doc(2024, "按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》规定的收费标准，本年度没有产生信息公开处理费。")
	count(rule.report) == 0 with input as _doc(2024, "(一)政府信息公开处理费收取情况\n2024年,本县未收\n取政府信息公开处理费。")
}

test_quiet_before_2021 if {
	count(rule.report) == 0 with input as _doc(2020, "无。")
}

# What reviewers accept as a statement, as real reports word it.
test_quiet_for_the_wordings_reports_use if {
	every text in [
		"2023年度，县发展和改革局政府信息公开未发生收费情况。",
		"本年度没有产生信息公开处理费。",
		"2024年，无收取信息处理费情况。",
		"未收取信息处理费。",
		"信息处理费收取情况：无。",
		"本年度依申请公开未收取任何费用。",
	] {
		count(rule.report) == 0 with input as _doc(2024, text)
	}
}

test_a_sentence_about_administrative_fees_alone_is_no_statement if {
	every text in [
		"本年度未发生行政事业性收费。",
		"政府信息公开工作中行政事业性收费为0万元。",
		"同时公开行政事业性收费、市场准入负面清单以及相关执法信息。",
		"本年度未收到政府信息公开申请。",
		"进一步规范信息处理费收取工作。",
	] {
		count(rule.report) == 1 with input as _doc(2024, text)
	}
}

_doc2025(fees, tables) := {"year": 2025, "preamble": null, "end": _loc(570), "tables": tables, "sections": [
	{"key": "processing_fees", "loc": _loc(540), "text": fees},
	{"key": "problems", "loc": _loc(554), "text": "下一步，我们将进一步健全推进工作机制。"},
]}

_fee_table(v) := {"loc": _loc(542), "unit": "元", "cells": {
	"notified_count": {"value": v, "raw": "0", "loc": _loc(543)},
	"notified_amount": {"value": v, "raw": "0", "loc": _loc(543)},
	"collected_amount": {"value": v, "raw": "0", "loc": _loc(543)},
}}

test_quiet_when_the_2025_fee_table_holds_figures if {
	count(rule.report) == 0 with input as _doc2025("", {"processing_fees": _fee_table(0)})
}

# The table as text, when the parser could not read it as a table: the
# figures stand in the section (平潭综合实验区苏平片区管理局 2025).
test_quiet_when_the_fee_section_holds_the_table_as_text if {
	count(rule.report) == 0 with input as _doc2025("通知收取件数通知收取金额(元)实际收取金额(元)\n0 0 0", {})
}

test_an_empty_fee_table_is_no_statement_and_the_fee_section_is_named if {
	r := rule.report with input as _doc2025("2025年度", {"processing_fees": _fee_table(null)})
	count(r) == 1
	some v in r
	v.message == "报告未说明是否收取信息处理费，应在“五、信息处理费收取情况”中说明（如“本年度未收取信息处理费”）"
	v.location == _loc(540)
}
