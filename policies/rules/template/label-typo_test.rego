package nianbao.rules.template["label-typo_test"]

import data.nianbao.rules.template["label-typo"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 10}

_apps(labels) := {"tables": {"applications": {"row_labels": {key: {"text": text, "loc": _loc(i + 10)} |
	some i, [key, text] in labels
}}}}

test_fires_on_a_typo if {
	r := rule.report with input as object.union(_apps([["withheld_prohibited_by_law", "2.其他法律行政止公开"]]), {"year": 2023})
	count(r) == 1
	some v in r
	v.rule == "template/label-typo"
	v.severity == "info"
	v.message == "表三（收到和处理政府信息公开申请情况）中的行标签“2.其他法律行政止公开”与模板用语“其他法律行政法规禁止公开”不一致"
	v.location == _loc(10)
}

test_english_message if {
	r := rule.report with input as _apps([["carried_forward", "四、结转下年度继续处理"]]) with data.nianbao.config.lang as "en"
	some v in r
	v.message == `Row label "四、结转下年度继续处理" in table 3 (applications) differs from the template wording "结转下年度继续办理"`
}

test_quiet_on_template_wording_in_any_numbering if {
	labels := [
		["new_received", "一、本年新收政府信息公开申请数量"],
		["granted", "（一）予以公开"],
		["partially_granted", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"],
		["withheld_state_secret", "(三)不予公开 1.属于国家秘密"],
		["withheld_three_safety", "3.危及\"三安全一稳定\""],
		["unable_not_held", "1、本机关不掌握相关政府信息"],
		["other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
		["other_handling", "(六)其他处理"],
		["total_processed", "(七)总计"],
		["carried_forward", "四、结转下年度继续办理"],
	]
	r := rule.report with input as _apps(labels)
	count(r) == 0
}

test_quiet_on_labels_cut_short if {
	labels := [
		["not_processed_confirmation", "5.要求行政机关确认或重新出"],
		["partially_granted", "(二)部分公开"],
		["withheld_state_secret", "(三)不予公开"],
	]
	r := rule.report with input as _apps(labels)
	count(r) == 0
}

_active(text, year) := {"year": year, "template": "2021", "tables": {"active": {"row_labels": {"normative_documents": {"text": text, "loc": _loc(13)}}}}}

test_fires_on_2019_wording_in_a_2021_report if {
	r := rule.report with input as _active("规范性文件", 2024)
	count(r) == 1
	some v in r
	v.message == "表二（主动公开政府信息情况）中的行标签“规范性文件”与模板用语“行政规范性文件”不一致"
	v.location == _loc(13)

	# also when the parser took the table for the 2019 one
	count(rule.report) == 1 with input as object.union(_active("规范性文件", 2024), {"template": "2019"})
}

test_quiet_on_2019_wording_in_a_2019_report if {
	count(rule.report) == 0 with input as _active("规范性文件", 2019)
	count(rule.report) == 0 with input as _active("行政规范性文件", 2024)

	# of unknown year, on the 2019 template
	count(rule.report) == 0 with input as object.union(_active("规范性文件", null), {"template": "2019"})
	count(rule.report) == 1 with input as _active("规范性文件", null)

	# a typo of the 2019 wording is one in a 2019 report too
	count(rule.report) == 1 with input as _active("规范文件", 2019)
}

# Every wording is left as it is by _normal and _strip, which is what
# _numbered_wording relies on to settle a numbered wording without them.
test_wordings_are_their_own_label_text if {
	every rows in array.concat([rule._template.applications, rule._template.active], [rule._older.active]) {
		every w in rows {
			rule._strip(rule._normal(w)) == rule._normal(w)
		}
	}
}

test_numbered_wordings_are_quiet if {
	labels := [
		["withheld_state_secret", "1.属于国家秘密"],
		["withheld_state_secret", "1、属于国家秘密"],
		["withheld_state_secret", "12．属于国家秘密"],
		["granted", "(一)予以公开"],
		["granted", "（一）予以公开"],
		["new_received", "一、本年新收政府信息公开申请数量"],
		["total_processed", "总计"],
	]
	every pair in labels {
		rule._numbered_wording(pair[1], rule._template.applications[pair[0]])
		count(rule.report) == 0 with input as _apps([pair])
	}
	not rule._numbered_wording("(三)不予公开 1.属于国家秘密", "属于国家秘密")
	not rule._numbered_wording("第1.属于国家秘密", "属于国家秘密")
}

_typo_section := {
	"key": "review_litigation", "number": 4, "loc": _loc(53),
	"heading": "政府信息公开行政法复议、行政诉讼情况",
	"template_heading": "政府信息公开行政复议、行政诉讼情况",
}

test_fires_on_a_heading_read_through_a_typo if {
	r := rule.report with input as {"year": 2024, "sections": [_typo_section]}
	count(r) == 1
	some v in r
	v.rule == "template/label-typo"
	v.severity == "info"
	v.message == "章节标题“政府信息公开行政法复议、行政诉讼情况”与模板用语“政府信息公开行政复议、行政诉讼情况”不一致"
	v.location == _loc(53)
	r2 := rule.report with input as {"year": 2024, "sections": [_typo_section]} with data.nianbao.config.lang as "en"
	some w in r2
	w.message == `Section heading "政府信息公开行政法复议、行政诉讼情况" differs from the template wording "政府信息公开行政复议、行政诉讼情况"`
}

test_quiet_on_headings_without_a_template_heading if {
	sections := [
		{"key": "overview", "number": 1, "loc": _loc(3), "heading": "总体情况"},
		{"key": "problems", "number": 5, "loc": _loc(58), "heading": "存在的主要问题和改进情况", "template_heading": ""},
		{"key": "other_matters", "number": 6, "loc": _loc(60), "heading": "其他需要报告的事项", "template_heading": "其他需要报告的事项"},
	]
	count(rule.report) == 0 with input as {"year": 2024, "sections": sections}
}
