package nianbao.rules.structure["text-quality_test"]

import data.nianbao.rules.structure["text-quality"] as rule

_loc := {"line": 4, "column": 1, "end_line": 4, "end_column": 40}

_doc(text) := {"sentences": [{"section": "overview", "text": text, "loc": _loc}], "sections": []}

test_doubled_word if {
	r := rule.report with input as _doc("全年争取资金资金1200万元。")
	count(r) == 1
	some v in r
	v.severity == "info"
	v.message == "“资金资金”连写了两遍，疑为笔误"
	v.location == {"line": 4, "column": 5, "end_line": 4, "end_column": 9}
}

test_doubled_character if {
	count(rule.report) == 1 with input as _doc("做好政府信息公开的的各项工作。")
}

test_a_regions_word if {
	count(rule.report) == 1 with input as _doc("完善台账台账管理。") with data.region.text_quality.doubled_words as ["台账"]
	count(rule.report) == 0 with input as _doc("完善台账台账管理。")
}

test_quiet_on_words_that_double if {
	every text in ["常常开展培训，人人参与，层层落实。", "信息公开工作取得成效。", "谢谢。"] {
		count(rule.report) == 0 with input as _doc(text)
	}
}

test_heading_in_two_schemes if {
	h := {"line": 9, "column": 1, "end_line": 9, "end_column": 12}
	doc := {"sentences": [], "sections": [{"key": "overview", "heading": "(一)总体情况", "loc": h, "subsections": [{"heading": "主动公开", "loc": _loc}]}]}
	r := rule.report with input as doc
	count(r) == 1
	some v in r
	v.location == h
	v.message == "标题“(一)总体情况”套用了两种编号"
}
