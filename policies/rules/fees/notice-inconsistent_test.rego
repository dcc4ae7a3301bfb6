package nianbao.rules.fees["notice-inconsistent_test"]

import data.nianbao.rules.fees["notice-inconsistent"] as rule

_cell_loc := {"line": 56, "column": 48, "end_line": 56, "end_column": 49}

_doc(unpaid, text) := {
	"preamble": null,
	"sections": [{"key": "other_matters", "loc": {"line": 68, "column": 1, "end_line": 68, "end_column": 12}, "text": text}],
	"tables": {"applications": {"rows": {"other_unpaid_fee": {"total": {"value": unpaid, "raw": sprintf("%v", [unpaid]), "loc": _cell_loc}}}}},
}

test_fires_when_the_text_says_no_fee_arose if {
	r := rule.report with input as _doc(2, "本年度没有产生信息公开处理费。")
	count(r) == 1
	some v in r
	v.rule == "fees/notice-inconsistent"
	v.severity == "warning"
	v.message == "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”总计为2，但正文称“本年度没有产生信息公开处理费”"
	v.location == _cell_loc
}

test_fires_when_the_text_says_no_notice_was_issued if {
	r := rule.report with input as _doc(1, "本年度未收取信息处理费，未发出收费通知。") with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == `Table 3 row "3(6)2 other: fee notice not paid" totals 1, but the text says "…未发出收费通知"`
}

test_quiet_when_the_fee_was_only_not_collected if {
	count(rule.report) == 0 with input as _doc(2, "本年度未收取信息处理费。")
}

test_quiet_when_the_sentence_denies_something_else if {
	count(rule.report) == 0 with input as _doc(2, "本年度未发生政府信息公开行政复议。")
}

test_quiet_when_no_notice_went_unpaid if {
	count(rule.report) == 0 with input as _doc(0, "本年度没有产生信息公开处理费。")
	count(rule.report) == 0 with input as {"preamble": null, "sections": [{"key": "other_matters", "text": "本年度未产生信息处理费。"}], "tables": {}}
}

test_quotes_from_the_clause_that_denies if {
	text := "按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》(国办函〔2020〕109号)规定的按件、按量收费标准,本年度没有产生信息公开处理费。"
	r := rule.report with input as _doc(3, text)
	some v in r
	v.message == "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”总计为3，但正文称“…本年度没有产生信息公开处理费”"
}

test_long_clauses_are_shortened if {
	text := "经认真梳理本机关全年办理的各类政府信息公开申请并对照收费标准逐件核对后确认本年度本机关在办理政府信息公开申请过程中没有产生任何信息处理费。"
	r := rule.report with input as _doc(3, text)
	some v in r
	v.message == "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”总计为3，但正文称“经认真梳理本机关全年办理的各类政府信息公开申请并对照收费标准逐件核对后确认本年度本机关在办理政府信息公开申请过程中没有产…”"
}
