package nianbao.rules.structure["improvements-missing_test"]

import data.nianbao.rules.structure["improvements-missing"] as rule

_loc := {"line": 58, "column": 1, "end_line": 58, "end_column": 15}

_doc(text) := {"sections": [{"key": "problems", "heading": "存在的主要问题及改进情况", "loc": _loc, "text": text, "subsections": []}]}

test_fires_when_empty if {
	r := rule.report with input as _doc(" \n")
	count(r) == 1
	some v in r
	v.rule == "structure/improvements-missing"
	v.severity == "warning"
	v.message == "“五、存在的主要问题及改进情况”没有内容"
	v.location == _loc
}

test_fires_when_short if {
	r := rule.report with input as _doc("无。")
	count(r) == 1
	some v in r
	v.message == "“五、存在的主要问题及改进情况”只有2个字，未写明存在的问题和改进情况"
	v.location == _loc
}

test_fires_without_a_measure if {
	text := "本年度政府信息公开工作中存在信息发布不够及时、政策解读形式单一、公众参与度不高等问题，个别栏目更新滞后，内容不够丰富，群众获取信息的渠道有限。"
	r := rule.report with input as _doc(text) with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == `"5. Main problems and improvements" names no improvement measure (such as 下一步, 加强, 完善, 整改)`
	v.location == _loc
}

test_quiet_with_problems_and_measures if {
	text := "本年度存在信息发布不够及时、政策解读形式单一等问题。下一步，我局将进一步规范信息发布流程，丰富政策解读形式，提高信息公开质量。"
	r := rule.report with input as _doc(text)
	count(r) == 0
}

test_quiet_without_the_section if {
	r := rule.report with input as {"sections": []}
	count(r) == 0
}
