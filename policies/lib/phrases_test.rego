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

test_year_from if {
	phrases.year_from(2021) with input as {"year": 2021}
	phrases.year_from(2021) with input as {"year": null}
	phrases.year_from(2021) with input as {}
	not phrases.year_from(2021) with input as {"year": 2020}
}

test_publication_is_the_signature_date_else_the_page_date if {
	signed := {"date": "2025-01-19", "loc": {"line": 60}}
	page := {"date": "2025-01-20", "loc": {"line": 2}}
	p1 := phrases.publication with input as {"published": signed, "source": {"page_date": page}}
	p1 == {"date": "2025-01-19", "loc": {"line": 60}, "from": "signature"}
	s1 := phrases.publication_source with input as {"published": signed, "source": {"page_date": page}}
	s1 == "落款日期"
	p2 := phrases.publication with input as {"published": null, "source": {"page_date": page}}
	p2 == {"date": "2025-01-20", "loc": {"line": 2}, "from": "page"}
	s2 := phrases.publication_source with input as {"published": null, "source": {"page_date": page}}
	s2 == "页面发布日期"
	not phrases.publication with input as {"published": null, "source": {}}
	not phrases.publication with input as {"published": {"date": "2025年", "loc": {}}}
}
