package nianbao.rules.history["in-force_test"]

import data.nianbao.rules.history["in-force"] as rule

_loc(line) := {"line": line, "column": 9, "end_line": line, "end_column": 11}

_row(issued, repealed, in_force, line) := {
	"issued": {"value": issued, "raw": "", "loc": _loc(line)},
	"repealed": {"value": repealed, "raw": "", "loc": _loc(line)},
	"in_force": {"value": in_force, "raw": "", "loc": _loc(line)},
}

_doc(reg, norm) := {"source": {"path": "2023.txt"}, "tables": {"active": {"rows": {"regulations": reg, "normative_documents": norm}}}}

_last := _doc(_row(0, 0, 2, 12), _row(3, 1, 40, 13))

test_fires_when_in_force_does_not_follow if {
	this := object.union(_doc(_row(0, 0, 2, 12), _row(5, 2, 41, 13)), {"previous": _last})
	r := rule.report with input as this
	count(r) == 1
	some v in r
	v.severity == "warning"
	v.location == _loc(13)
	v.message == "“行政规范性文件”现行有效件数为41，而上一年度报告的现行有效件数40加本年制发5、减本年废止2应为43；如有文件因有效期届满自然失效，应在报告中说明"
}

test_quiet_when_it_follows if {
	this := object.union(_doc(_row(1, 0, 3, 12), _row(5, 2, 43, 13)), {"previous": _last})
	count(rule.report) == 0 with input as this
}

test_quiet_without_previous if {
	this := _doc(_row(1, 0, 9, 12), _row(5, 2, 99, 13))
	count(rule.report) == 0 with input as this
}
