package nianbao.rules.structure["government-accountability_test"]

import data.nianbao.rules.structure["government-accountability"] as rule

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 7}

_gov := {"name": "桓仁满族自治县", "kind": "government"}

_overview(text) := {"key": "overview", "loc": _loc(4), "text": text, "subsections": [
	{"number": 1, "heading": "主动公开情况", "loc": _loc(6), "text": ""},
	{"number": 5, "heading": "监督保障情况", "loc": _loc(14), "text": text},
]}

test_fires_for_a_government_naming_what_is_missing if {
	r := rule.report with input as {"issuer": _gov, "preamble": null, "sections": [_overview("同时将政府信息公开工作纳入年度绩效考核。")]}
	count(r) == 1
	some v in r
	v.rule == "structure/government-accountability"
	v.severity == "error"
	v.message == "人民政府的年度报告应当报告工作考核、社会评议和责任追究结果情况，报告中未提及：社会评议、责任追究"
	v.location == _loc(14)
}

test_located_at_the_overview_heading_or_where_it_belongs if {
	r := rule.report with input as {"issuer": _gov, "preamble": null, "sections": [{"key": "overview", "loc": _loc(4), "text": "", "subsections": []}]}
	some v in r
	v.location == _loc(4)
	r2 := rule.report with input as {"issuer": _gov, "preamble": null, "sections": [{"key": "problems", "loc": _loc(30), "text": "", "subsections": []}]} with data.nianbao.config.lang as "en"
	some w in r2
	w.location == _loc(30)
	w.message == "A people's government must report the results of work assessment, public appraisal and accountability; not mentioned: work assessment (工作考核), public appraisal (社会评议), accountability (责任追究)"
}

test_issuer_kind_override_applies if {
	r := rule.report with input as {"issuer": {"name": "某某管委会", "kind": "department"}, "preamble": null, "sections": [_overview("")]} with data.nianbao.config.issuer_kind_override as "government"
	count(r) == 1
}

test_quiet_when_all_three_are_stated if {
	r := rule.report with input as {"issuer": _gov, "preamble": null, "sections": [_overview("严格落实考核制度，全年未开展社会评议，未发生责任追究情况。")]}
	count(r) == 0
}

test_quiet_for_a_department if {
	r := rule.report with input as {"issuer": {"name": "昌吉州科学技术局", "kind": "department"}, "preamble": null, "sections": [_overview("")]}
	count(r) == 0
}

test_quiet_for_reports_before_the_2019_regulations if {
	r := rule.report with input as {"year": 2018, "issuer": _gov, "preamble": null, "sections": [_overview("")]}
	count(r) == 0
	r2 := rule.report with input as {"year": 2019, "issuer": _gov, "preamble": null, "sections": [_overview("")]}
	count(r2) == 1
}
