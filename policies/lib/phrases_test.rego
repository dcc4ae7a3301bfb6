package nianbao.lib.phrases_test

import data.nianbao.lib.phrases

test_sentences_split_on_full_stops_and_drop_white_space if {
	phrases.sentences("本年度未收\n取信息处理费。 \n无其他事项。") == ["本年度未收取信息处理费", "无其他事项"]
	phrases.sentences("") == []
}

test_narrative_sentences if {
	s := phrases.narrative_sentences with input as {"preamble": {"text": "统计期限为2024年。"}, "sections": [{"key": "other_matters", "text": "无。"}]}
	s == ["统计期限为2024年", "无"]
}

test_mentions if {
	phrases.mentions("严格落实考核制度", ["评议", "考核"])
	not phrases.mentions("严格落实考核制度", ["评议"])
}

test_section_text_includes_subsections if {
	t := phrases.section_text({"text": "正文", "subsections": [{"heading": "监督保障情况", "text": "内容"}]})
	t == "正文\n监督保障情况\n内容"
	phrases.section_text({"text": "正文"}) == "正文"
}

test_date_text if {
	phrases.date_text("2025-01-09") == "2025年1月9日"
	d := phrases.date_text("2025-01-09") with data.nianbao.config.lang as "en"
	d == "2025-01-09"
	phrases.date_text("2025年") == "2025年"
	phrases.is_date("2025-01-09")
	not phrases.is_date("2025-1-9")
}

test_fail_with_uses_the_other_template if {
	chain := [{"path": ["x"], "annotations": {"title": "t", "custom": {
		"id": "demo/rule", "category": "demo", "severity": "warning",
		"message": {"zh": "主{a}", "en": "main {a}"},
		"message_other": {"zh": "另{a}", "en": "other {a}"},
	}}}]
	v := phrases.fail_with(chain, "message_other", {"a": 1}, {"line": 3, "column": 1, "end_line": 3, "end_column": 2})
	v.message == "另1"
	v.rule == "demo/rule"
	v.severity == "warning"
	v.location.line == 3
	w := phrases.fail_with(chain, "message_other", {"a": 1}, null) with data.nianbao.config.lang as "en"
	w.message == "other 1"
	w.location.line == 1
}

test_year_from if {
	phrases.year_from(2021) with input as {"year": 2021}
	phrases.year_from(2021) with input as {"year": null}
	phrases.year_from(2021) with input as {}
	not phrases.year_from(2021) with input as {"year": 2020}
}
