package nianbao.rules.consistency["review-narrative_test"]

import data.nianbao.lib.arithmetic_test as tables
import data.nianbao.lib.narrative_test as n
import data.nianbao.rules.consistency["review-narrative"] as rule

_doc(text, facts, review) := {
	"year": 2024,
	"preamble": null,
	"sections": [{
		"key": "overview",
		"text": text,
		"loc": {"line": 3, "column": 1, "end_line": 3, "end_column": 7},
		"subsections": [],
	}],
	"sentences": [{"section": "overview", "text": text, "loc": n.sentence_loc(text)}],
	"tables": {"review": tables.review_table(review)},
	"facts": facts,
}

_seed000 := "2024年我委已回复依申请公开信息7条,申请事项集中在项目立项批复领域,受理的信息公开申请也未被申请人提起行政复议、行政诉讼的情况。"

test_fires_when_the_text_says_none_and_the_table_has_some if {
	facts := n.facts_in(_seed000, "overview", [["7", "条"]])
	r := rule.report with input as _doc(_seed000, facts, {"litigation_after_review": {"upheld": 2, "total": 2}})
	count(r) == 1
	some v in r
	v.rule == "consistency/review-narrative"
	v.severity == "warning"
	v.message == "正文称未发生行政诉讼，但表四行政诉讼总计（未经复议直接起诉与复议后起诉之和）为2"
	v.location == n.sentence_loc(_seed000)
}

test_a_sentence_without_numbers_is_located_at_the_sentence if {
	s := "全年无因依申请公开答复不满意而产生行政复议、行政诉讼情况发生。"
	r := rule.report with input as _doc(s, [], {"reconsideration": {"pending": 1, "total": 1}})
	count(r) == 1
	some v in r
	v.message == "正文称未发生行政复议，但表四行政复议总计为1"
	v.location == n.sentence_loc(s)
}

test_fires_on_a_count_that_differs if {
	s := "政府信息公开行政复议351件,其中结果维持72件;政府信息公开行政诉讼46件。"
	facts := n.facts_in(s, "overview", [["351", "件"], ["72", "件"], ["46", "件"]])
	review := {
		"reconsideration": {"upheld": 351, "total": 351},
		"litigation_direct": {"upheld": 26, "total": 26},
		"litigation_after_review": {"upheld": 19, "total": 19},
	}
	r := rule.report with input as _doc(s, facts, review) with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "The text states 46 administrative lawsuits, but table 4 gives a litigation total (direct and after reconsideration) of 45"
	v.location == n.fact_loc(s, "46", "件", 0)
}

test_quiet_when_the_text_agrees if {
	count(rule.report) == 0 with input as _doc(_seed000, n.facts_in(_seed000, "overview", [["7", "条"]]), {})
	s := "政府信息公开行政复议351件。"
	count(rule.report) == 0 with input as _doc(s, n.facts_in(s, "overview", [["351", "件"]]), {"reconsideration": {"upheld": 351, "total": 351}})
}

test_a_denial_names_its_kind if {
	s := "全年未发生政府信息公开行政诉讼。"
	count(rule.report) == 0 with input as _doc(s, [], {"reconsideration": {"pending": 1, "total": 1}})
	count(rule.report) == 1 with input as _doc(s, [], {"litigation_direct": {"pending": 1, "total": 1}})
}

test_quiet_on_words_that_deny_nothing if {
	review := {"reconsideration": {"pending": 1, "total": 1}, "litigation_direct": {"upheld": 1, "total": 1}}
	texts := [
		"行政诉讼中未经复议直接起诉1件。",
		"尚未审结的行政复议1件。",
		"未发生因政府信息公开被行政复议纠错的情况。",
		"未来将做好行政复议应诉工作。",
	]
	every s in texts {
		count(rule.report) == 0 with input as _doc(s, [], review)
	}
}
