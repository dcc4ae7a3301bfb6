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

test_each_aspect_by_its_vocabulary if {
	text := concat("", [
		"全年主动公开政府信息128条；办理依申请公开18件。",
		"完善了政府信息公开审查制度，定期梳理公开事项。",
		"开设微信公众号，及时发布政务信息。",
		"将政府信息公开情况列入年度绩效考核工作。",
	])
	count(rule.report) == 0 with input as {"year": 2021, "sections": [_overview(text, [])]}
}

test_sub_headings_name_the_aspects_in_their_own_words if {
	r := rule.report with input as {"year": 2025, "sections": [_overview("全年政务公开工作推进有序。", [
		{"number": 1, "heading": "主动公开扎实有效", "text": "公开政府信息13条。"},
		{"number": 2, "heading": "依申请公开依法规范", "text": "收到申请3件。"},
		{"number": 3, "heading": "信息管理严谨有序", "text": "坚持先审查、后公开。"},
		{"number": 4, "heading": "平台运维持续加强", "text": "确保信息发布及时。"},
		{"number": 5, "heading": "监督保障机制健全", "text": "对发现的问题及时督促整改。"},
	])]}
	count(r) == 0
}

# As in 平潭综合实验区财政金融局's 2024 report: "监督" stands only in a
# slogan, and nothing reports on supervision.
test_a_slogan_is_no_supervision if {
	text := concat("", [
		"扎实推进政务公开工作，以更高质量的公开来强监督、促落实、促规范、优服务。",
		"（一）主动公开政府信息的情况。我局及时开展失效文件清理工作，印发废止文件通知并同步在政府网站主动公开。",
		"（二）政府信息依申请公开办理情况。共收到申请2件。",
		"（三）政府信息公开平台建设情况。配合做好全区政府网站升级改造工作。",
		"依法保障公民、法人和其他组织的知情权、参与权、表达权和监督权。",
	])
	r := rule.report with input as {"year": 2024, "sections": [_overview(text, [])]}
	{v.message | some v in r} == {"“一、总体情况”未涉及监督保障方面的情况"}
}

# As in 平潭综合实验区自然资源与生态环境局's 2021 report: information
# management, supervision and training are there, no platform is.
test_no_platform_without_a_platform_word if {
	text := concat("", [
		"一是加强组织领导。定期抓好业务培训。",
		"二是完善工作制度。完善了政府信息公开审查制度，将公开事项及时报送图书馆和档案馆。",
		"三是加强监督绩效。将政府信息公开情况列入年度绩效考核工作。",
		"全年政府信息主动公开128条；办理依申请公开18件。",
	])
	r := rule.report with input as {"year": 2021, "sections": [_overview(text, [])]}
	{v.message | some v in r} == {"“一、总体情况”未涉及政府信息公开平台建设方面的情况"}
}
