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
