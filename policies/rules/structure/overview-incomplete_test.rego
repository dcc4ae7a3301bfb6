package nianbao.rules.structure["overview-incomplete_test"]

import data.nianbao.rules.structure["overview-incomplete"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 7}

_overview(text, subsections) := {"key": "overview", "number": 1, "heading": "总体情况", "loc": _loc(4), "text": text, "subsections": subsections}

test_fires_once_per_missing_aspect if {
	r := rule.report with input as {"year": 2024, "sections": [_overview("（一）主动公开情况。全年公开信息10条。（二）依申请公开情况。收到申请1件。", [])]}
	count(r) == 3
	{v.message | some v in r} == {
		"“一、总体情况”未涉及政府信息管理方面的情况",
		"“一、总体情况”未涉及政府信息公开平台建设方面的情况",
		"“一、总体情况”未涉及监督保障方面的情况",
	}
	every v in r {
		v.rule == "structure/overview-incomplete"
		v.severity == "warning"
		v.location == _loc(4)
	}
}

test_subsection_headings_and_short_forms_count if {
	r := rule.report with input as {"year": 2024, "sections": [_overview("全年公开信息10条。", [
		{"number": 1, "heading": "主动公开方面", "text": ""},
		{"number": 2, "heading": "依申请公开方面", "text": ""},
		{"number": 3, "heading": "政府信息管理方面", "text": ""},
		{"number": 4, "heading": "平台建设方面", "text": ""},
		{"number": 5, "heading": "监督\n保障方面", "text": ""},
	])]}
	count(r) == 0
}

test_english_message if {
	r := rule.report with input as {"year": null, "sections": [_overview("主动公开、依申请公开、信息管理、平台建设。", [])]} with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == `"1. General situation" does not cover supervision and safeguards`
}

test_quiet_for_reports_on_the_2019_template if {
	r := rule.report with input as {"year": 2019, "sections": [_overview("全年公开信息10条。", [])]}
	count(r) == 0
}

test_quiet_without_an_overview if {
	r := rule.report with input as {"year": 2024, "sections": [{"key": "problems", "loc": _loc(9), "text": "", "subsections": []}]}
	count(r) == 0
}
