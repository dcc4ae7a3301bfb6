package nianbao.rules.consistency["applications-narrative_test"]

import data.nianbao.lib.arithmetic_test as tables
import data.nianbao.lib.narrative_test as n
import data.nianbao.rules.consistency["applications-narrative"] as rule

# The table of seed 000 with 3119 received, 34 carried over, 3050 handled
# and 103 carried forward.
_table := tables.app_table({
	"new_received": {"natural_person": 3119, "total": 3119},
	"carried_over": {"natural_person": 34, "total": 34},
	"unable_not_held": {"natural_person": 3050, "total": 3050},
	"total_processed": {"natural_person": 3050, "total": 3050},
	"carried_forward": {"natural_person": 103, "total": 103},
})

_doc(sentence, pairs) := {
	"year": 2024,
	"preamble": null,
	"sections": [],
	"tables": {"applications": _table},
	"facts": n.facts_in(sentence, "overview", pairs),
}

_huaian := "2024年,全市共受理政府信息公开申请3119件,答复3050件(含上年度结转申请34件,另有103件顺延到下年度答复),均在法定期限内予以答复。"

test_quiet_when_the_narrative_agrees if {
	r := rule.report with input as _doc(_huaian, [["3119", "件"], ["3050", "件"], ["34", "件"], ["103", "件"]])
	count(r) == 0
}

test_fires_on_each_number_that_differs if {
	s := "2024年,全市共受理政府信息公开申请3118件,答复3051件(含上年度结转申请35件,另有102件顺延到下年度答复),均在法定期限内予以答复。"
	r := rule.report with input as _doc(s, [["3118", "件"], ["3051", "件"], ["35", "件"], ["102", "件"]])
	count(r) == 4
	some v in r
	v.rule == "consistency/applications-narrative"
	v.severity == "warning"
	v.message == "正文称收到申请3118件，与表三“一、本年新收政府信息公开申请数量”的总计（3119）不一致"
	v.location == n.fact_loc(s, "3118", "件", 0)
	some w in r
	w.message == "正文称办理（答复）申请3051件，与表三“（七）总计”的总计（3050）不一致"
	some x in r
	x.message == "正文称上年结转申请35件，与表三“二、上年结转政府信息公开申请数量”的总计（34）不一致"
	some y in r
	y.message == "正文称结转下年度办理的申请102件，与表三“四、结转下年度继续办理”的总计（103）不一致"
	y.location == n.fact_loc(s, "102", "件", 0)
}

test_english_message if {
	s := "已回复依申请公开信息7条。"
	r := rule.report with input as _doc(s, [["7", "条"]]) with data.nianbao.config.lang as "en"
	some v in r
	v.message == `The text states 7 applications handled, but table 3 row "3(7) total handled" totals 3050`
}

test_quiet_when_the_attribution_is_unclear if {
	sentences := [
		# a kind of applicant
		["收到自然人申请3001件。", [["3001", "件"]]],
		# a part of the total
		["收到政府信息公开申请3119件,其中网上申请3000件。", [["3119", "件"], ["3000", "件"]]],
		# a part named earlier in the clause
		["依申请公开工作中,其中网上收到10件、信函收到5件。", [["10", "件"], ["5", "件"]]],
		# a breakdown by channel
		["通过网络收到依申请公开10件、信函收到5件。", [["10", "件"], ["5", "件"]]],
		# another year
		["2023年收到政府信息公开申请200件。", [["200", "件"]]],
		["去年收到政府信息公开申请200件。", [["200", "件"]]],
		# a change
		["收到政府信息公开申请较上年增加20件。", [["20", "件"]]],
		# a result, not the total
		["依申请公开办理结果中予以公开1362件。", [["1362", "件"]]],
		# pending, not handled
		["依申请公开尚未办结15件。", [["15", "件"]]],
		# another matter in a sentence about applications
		["依申请公开工作有序开展,办理人大建议30件。", [["30", "件"]]],
		# not about applications
		["全年共受理市长信箱来信80件。", [["80", "件"]]],
	]
	every c in sentences {
		count(rule.report) == 0 with input as _doc(c[0], c[1])
	}
}

# _said is a document whose narrative is the given sentences, the i-th on
# line 6 + i, and whose table 三 has one new application.
_said(texts) := {
	"year": 2024,
	"preamble": null,
	"sections": [],
	"sentences": [{"section": "applications", "text": t, "loc": _line(6 + i, t)} | some i, t in texts],
	"tables": {"applications": tables.app_table({"new_received": {"natural_person": 1, "total": 1}})},
	"facts": [],
}

_line(line, text) := {"line": line, "column": 1, "end_line": line, "end_column": count(text) + 1}

test_fires_on_none_received_when_the_table_has_some if {
	r := rule.report with input as _said(["(二)依申请公开情况。", "本局未收到依申请公开办件。"])
	count(r) == 1
	some v in r
	v.message == "正文称未收到申请，与表三“一、本年新收政府信息公开申请数量”的总计（1）不一致"
	v.location == _line(7, "本局未收到依申请公开办件。")
}

test_none_received_means_applications if {
	count(rule.report) == 0 with input as _said(["全年未收到行政复议申请。"])
	count(rule.report) == 0 with input as _said(["申请人未收到答复的申请。"])
	count(rule.report) == 0 with input as _said(["2023年未收到政府信息公开申请。"])
	count(rule.report) == 0 with input as _said(["去年未收到政府信息公开申请。"])
}

# Different numbers for a row in one sentence are an itemisation; in two
# sentences, each is compared.
test_an_itemisation_is_within_one_sentence if {
	s1 := "全年受理政府信息公开申请3119件。"
	s2 := "本机关共受理政府信息公开申请3118件。"
	doc := object.union(_doc(s1, [["3119", "件"]]), {"facts": array.concat(
		n.facts_in(s1, "overview", [["3119", "件"]]),
		[object.union(f, {"sentence_loc": {"line": 6, "column": 1, "end_line": 6, "end_column": count(s2) + 1}}) | some f in n.facts_in(s2, "overview", [["3118", "件"]])],
	)})
	r := rule.report with input as doc
	count(r) == 1
	some v in r
	v.message == "正文称收到申请3118件，与表三“一、本年新收政府信息公开申请数量”的总计（3119）不一致"
}

# _small is a document whose table 三 has received new and carried
# carried over, handled handled; the narrative is sentence with the facts
# of pairs.
_small(sentence, pairs, new, carried, handled) := {
	"year": 2024,
	"preamble": null,
	"sections": [],
	"tables": {"applications": tables.app_table({
		"new_received": {"natural_person": new, "total": new},
		"carried_over": {"natural_person": carried, "total": carried},
		"granted": {"natural_person": handled, "total": handled},
		"total_processed": {"natural_person": handled, "total": handled},
	})},
	"facts": n.facts_in(sentence, "applications", pairs),
}

# A result ("给予同意公开答复1件", "予以公开1件") is a part of the total,
# not the number handled.
test_results_are_parts if {
	s := "2024年我局受理依申请公开2件,给予同意公开答复1件,予以公开1件。"
	pairs := [["2", "件"], ["1", "件"], ["1", "件"]]
	count(rule.report) == 0 with input as _small(s, pairs, 2, 0, 2)

	# The total is still compared.
	r := rule.report with input as _small(s, pairs, 3, 0, 3)
	count(r) == 1
	some v in r
	v.message == "正文称收到申请2件，与表三“一、本年新收政府信息公开申请数量”的总计（3）不一致"
	v.location == n.fact_loc(s, "2", "件", 0)
}

# A bracketed breakdown of the number handled is not another total of it.
test_a_bracketed_breakdown_is_a_part if {
	s := "全年共收到政府信息公开申请20件,办结政府信息公开申请20件(属于已主动公开答复数1条,同意公开答复17条,无法提供2条)。"
	pairs := [["20", "件"], ["20", "件"], ["1", "条"], ["17", "条"], ["2", "条"]]
	count(rule.report) == 0 with input as _small(s, pairs, 20, 0, 20)
	r := rule.report with input as _small(s, pairs, 20, 0, 21)
	count(r) == 1
	some v in r
	v.message == "正文称办理（答复）申请20件，与表三“（七）总计”的总计（21）不一致"
	v.location == n.fact_loc(s, "20", "件", 1)
}

# The numbers after 其中 that follow a total of the same row are its parts:
# the total is compared, the parts are not.
test_parts_after_qizhong if {
	s := "2022年,全区各职能部门、镇街共收到政府信息依申请公开1499件,其中,通过网络收到1303件,通过信函收到172件,当面收到24件。"
	pairs := [["1499", "件"], ["1303", "件"], ["172", "件"], ["24", "件"]]
	count(rule.report) == 0 with input as _small(s, pairs, 1499, 0, 1499)
	r := rule.report with input as _small(s, pairs, 1500, 0, 1500)
	count(r) == 1
	some v in r
	v.message == "正文称收到申请1499件，与表三“一、本年新收政府信息公开申请数量”的总计（1500）不一致"
}

# "在已经答复的9件申请中" gives the number handled; "同意公开的7件" is a part.
test_a_total_before_its_parts if {
	s := "在已经答复的9件申请中,“同意公开”的7件,占总数的70%。"
	pairs := [["9", "件"], ["7", "件"]]
	count(rule.report) == 0 with input as _small(s, pairs, 9, 0, 9)
	r := rule.report with input as _small(s, pairs, 10, 0, 10)
	count(r) == 1
	some v in r
	v.message == "正文称办理（答复）申请9件，与表三“（七）总计”的总计（10）不一致"
}

test_received_with_carried_over if {
	s := "全年共收到政府信息公开申请22件(含上年结转2件),均已按时答复。"
	pairs := [["22", "件"], ["2", "件"]]
	count(rule.report) == 0 with input as _small(s, pairs, 20, 2, 22)
	t := "全年共受理政府信息公开申请22件,其中上年结转2件。"
	count(rule.report) == 0 with input as _small(t, pairs, 20, 2, 22)

	r := rule.report with input as _small(s, pairs, 21, 2, 23)
	count(r) == 1
	some v in r
	v.message == "正文称收到申请（含上年结转）22件，与表三“一、本年新收政府信息公开申请数量”加“二、上年结转政府信息公开申请数量”的总计（23）不一致"
	v.location == n.fact_loc(s, "22", "件", 0)
	e := rule.report with input as _small(s, pairs, 21, 2, 23) with data.nianbao.config.lang as "en"
	some w in e
	w.message == `The text states 22 applications received, with those carried over, but table 3 row "1. new applications this year" plus "2. applications carried over from last year" totals 23`
}

# Without a word of inclusion, the number received is row 一 alone.
test_received_without_carried_over if {
	s := "全年合计受理依申请公开数量2件,为网络申请办件。"
	count(rule.report) == 0 with input as _small(s, [["2", "件"]], 2, 1, 3)
	r := rule.report with input as _small(s, [["2", "件"]], 3, 0, 3)
	count(r) == 1
}
