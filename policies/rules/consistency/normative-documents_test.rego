package nianbao.rules.consistency["normative-documents_test"]

import data.nianbao.lib.narrative_test as n
import data.nianbao.rules.consistency["normative-documents"] as rule

_cell(v) := {"value": v, "raw": sprintf("%v", [v]), "loc": {"line": 12, "column": 17, "end_line": 12, "end_column": 19}}

_doc(s, pairs) := {
	"year": 2024,
	"tables": {"active": {"rows": {
		"regulations": {"issued": _cell(0), "repealed": _cell(0), "in_force": _cell(3)},
		"normative_documents": {"issued": _cell(1), "repealed": _cell(0), "in_force": _cell(20)},
	}}},
	"facts": n.facts_in(s, "other_matters", pairs),
}

test_fires_when_the_count_differs if {
	s := "截至2024年底,桓仁县现行有效规范性文件共21个,在政府网站上专门开辟专栏。"
	r := rule.report with input as _doc(s, [["21", "个"]])
	count(r) == 1
	some v in r
	v.rule == "consistency/normative-documents"
	v.severity == "warning"
	v.message == "正文称现行有效规范性文件21个，与表二“行政规范性文件”的现行有效件数（20）不一致"
	v.location == n.fact_loc(s, "21", "个", 0)
}

test_regulations_and_english if {
	s := "现行有效规章4件、规范性文件20件。"
	r := rule.report with input as _doc(s, [["4", "件"], ["20", "件"]]) with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == `The text states 4 regulations in force, but table 2 row "regulations" has 3 in force`
}

test_quiet_when_the_count_agrees if {
	s := "动态发布现行有效行政规范性文件共20个,确保数据一致。"
	count(rule.report) == 0 with input as _doc(s, [["20", "个"]])
}

# (The table has 20 normative documents and 3 regulations in force: none
# of the numbers below is either.)
test_quiet_on_other_counts if {
	sentences := [
		["梳理现行有效规范性文件,本年废止5件。", [["5", "件"]]],
		["现行有效规范性文件本年修订5件。", [["5", "件"]]],
		["清理规范性文件30件,其中现行有效21件。", [["30", "件"], ["21", "件"]]],
		["现行有效规章和规范性文件共23件。", [["23", "件"]]],
		["完善现行有效规章制度10个。", [["10", "个"]]],
		["规范性文件21件均现行有效。", [["21", "件"]]],
	]
	every c in sentences {
		count(rule.report) == 0 with input as _doc(c[0], c[1])
	}
}

_unsplit_doc(s, pairs, digits) := {
	"year": 2022,
	"tables": {"active": {
		# An ambiguous row's cells are not read at all.
		"rows": {"normative_documents": {}},
		"unsplit": {"normative_documents": {"text": digits, "loc": _cell(0).loc}},
	}},
	"facts": n.facts_in(s, "overview", pairs),
}

test_kind_named_in_an_earlier_clause_and_digits_run_together if {
	s := "八是建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件。"
	r := rule.report with input as _unsplit_doc(s, [["34", "件"], ["424", "件"]], "34089")
	count(r) == 1
	some v in r
	v.message == "正文称现行有效规范性文件424件，而表二“行政规范性文件”一行的数字连写为“34089”，无论怎样拆分，现行有效件数都不是424"
	v.location == n.fact_loc(s, "424", "件", 0)
}

test_quiet_when_a_split_of_the_digits_gives_the_number if {
	s := "本年度制发规范性文件34件，现行有效件数89件。"
	count(rule.report) == 0 with input as _unsplit_doc(s, [["34", "件"], ["89", "件"]], "34089")

	# 9 is a suffix too: 340 / 8 / 9.
	t := "现行有效规范性文件9件。"
	count(rule.report) == 0 with input as _unsplit_doc(t, [["9", "件"]], "34089")
}

test_a_suffix_that_leaves_no_split_is_reported if {
	# 089 has a leading zero; 4089 leaves "3", which is no two cells.
	s := "现行有效规范性文件4089件。"
	count(rule.report) == 1 with input as _unsplit_doc(s, [["4089", "件"]], "34089")
}

test_the_earlier_clause_counts_only_when_the_own_names_no_kind if {
	s := "制发规章2件，现行有效规范性文件21个。"
	r := rule.report with input as _doc(s, [["2", "件"], ["21", "个"]])
	count(r) == 1
	some v in r
	contains(v.message, "规范性文件21个")
}
