package nianbao.rules.structure["title-missing_test"]

import data.nianbao.rules.structure["title-missing"] as rule

test_fires_without_title if {
	r := rule.report with input as {"title": null}
	count(r) == 1
	some v in r
	v.rule == "structure/title-missing"
	v.message == "未找到标题行“<机关>20XX年政府信息公开工作年度报告”"
	v.location == {"line": 1, "column": 1, "end_line": 1, "end_column": 1}
}

test_english_message if {
	r := rule.report with input as {"title": null} with data.nianbao.config.lang as "en"
	some v in r
	v.message == `No title line "<body>20XX年政府信息公开工作年度报告" found`
}

test_quiet_with_title if {
	r := rule.report with input as {"title": {"text": "桓仁满族自治县2024年政府信息公开工作年度报告", "loc": {"line": 1, "column": 1, "end_line": 1, "end_column": 25}}}
	count(r) == 0
}
