package nianbao.rules.dates["stale-year_test"]

import data.nianbao.rules.dates["stale-year"] as rule

_loc := {"line": 7, "column": 3, "end_line": 7, "end_column": 60}

_doc(text) := {"year": 2024, "sentences": [{"section": "overview", "text": text, "loc": _loc}]}

test_fires_at_last_year_opening_the_work if {
	r := rule.report with input as _doc("(一)主动公开情况。2023年，我局认真落实公开要求。")
	count(r) == 1
	some v in r
	v.severity == "warning"
	v.location == {"line": 7, "column": 13, "end_line": 7, "end_column": 18}
	v.message == "2024年度报告中写作“2023年，我局认真”：像是把上一年当作了本年度（应为2024年？）"
}

test_fires_after_a_sub_heading_run_together if {
	r := rule.report with input as _doc("(二)主动公开政府信息的主要类别2023年，在主动公开的61条政府信息中")
	count(r) == 1
}

test_fires_on_nian_du if {
	count(rule.report) == 1 with input as _doc("2023年度，全局共办理申请7件。")
}

test_quiet_on_comparisons_and_references if {
	every text in [
		"较2023年，增长了5%。",
		"与2023年，相比有所增加。",
		"根据《2023年，工作要点》开展工作。",
		"2024年，我局共公开信息351条。",
		"2023年度报告中提出的问题已整改。",
		"2022-2023年，共制定3件。",
	] {
		count(rule.report) == 0 with input as _doc(text)
	}
}

test_quiet_in_the_preamble if {
	count(rule.report) == 0 with input as {"year": 2024, "sentences": [{"section": "", "text": "2023年，本报告", "loc": _loc}]}
}

test_location_of_a_sentence_over_lines if {
	loc := {"line": 7, "column": 3, "end_line": 8, "end_column": 4}
	r := rule.report with input as {"year": 2024, "sentences": [{"section": "overview", "text": "2023年，我局", "loc": loc}]}
	some v in r
	v.location == loc
}
