package nianbao.rules.template.outdated_test

import data.nianbao.rules.template.outdated as rule

_loc(line, column) := {"line": line, "column": column, "end_line": line, "end_column": column + 3}

_evidence := [
	{"signal": "label_normative_documents", "text": "规范性文件", "loc": _loc(12, 1), "weak": true},
	{"signal": "column_new_made", "text": "本年新", "loc": _loc(14, 8), "weak": false},
	{"signal": "column_new_published", "text": "本年新", "loc": _loc(14, 14), "weak": false},
	{"signal": "row_other_services", "text": "其他对外管理服务事项", "loc": _loc(20, 1), "weak": false},
]

test_fires_on_a_2021_report_with_2019_columns if {
	r := rule.report with input as {"year": 2021, "template_evidence": _evidence}
	count(r) == 1
	some v in r
	v.rule == "template/outdated"
	v.severity == "error"
	v.message == "2021年度报告使用了2019年版模板（国办公开办函〔2019〕60号）：出现“本年新”、“其他对外管理服务事项”；2021年度起应使用国办公开办函〔2021〕30号的格式"
	v.location == _loc(14, 8)
}

test_english_message if {
	r := rule.report with input as {"year": 2024, "template_evidence": _evidence} with data.nianbao.config.lang as "en"
	some v in r
	v.message == `The 2024 report uses the 2019 template (国办公开办函〔2019〕60号): "本年新", "其他对外管理服务事项"; reports for 2021 and later use the format of 国办公开办函〔2021〕30号`
}

test_quiet_for_2019_and_2020_reports if {
	r := rule.report with input as {"year": 2020, "template_evidence": _evidence}
	count(r) == 0
}

test_quiet_on_weak_evidence_alone if {
	r := rule.report with input as {"year": 2024, "template_evidence": [_evidence[0]]}
	count(r) == 0
}

test_single_other_handling_row_is_left_to_row_mismatch if {
	e := {"signal": "single_other_handling", "text": "(六)其他处理", "loc": _loc(40, 1), "weak": false}
	r := rule.report with input as {"year": 2023, "template_evidence": [e]}
	count(r) == 0
}

test_quiet_without_year if {
	r := rule.report with input as {"year": null, "template_evidence": _evidence}
	count(r) == 0
}
