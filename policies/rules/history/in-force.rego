# METADATA
# title: 现行有效件数与上一年度不衔接
# description: |
#   表二中规章和行政规范性文件的“现行有效件数”，应当等于上一年度报告的现行有效件数
#   加本年制发件数、减本年废止件数。不等可能是某一年填错，也可能是有文件因有效期
#   届满而自然失效：后一种情况应在报告中说明，否则读者无从知道差额从何而来。诊断
#   定位到本年度的现行有效件数，列出四个数字。
# custom:
#   id: history/in-force
#   category: history
#   severity: warning
#   title_en: Documents in force do not follow from last year
#   description_en: |
#     In table 2, the documents in force (rules and normative documents)
#     should equal last year's documents in force plus those issued this year
#     minus those repealed this year. A difference is a figure mistyped in
#     one of the years, or documents that expired by their own term; the
#     latter should be said in the report, or the reader cannot tell where
#     the difference comes from. The diagnostic points at this year's figure
#     and names all four.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表二
#   message:
#     zh: “{row}”现行有效件数为{this}，而上一年度报告的现行有效件数{last}加本年制发{issued}、减本年废止{repealed}应为{expected}；如有文件因有效期届满自然失效，应在报告中说明
#     en: "{row}: {this} in force, while last year's {last} in force plus {issued} issued minus {repealed} repealed make {expected}; documents that expired by their own term explain a shortfall only if the report says so"
package nianbao.rules.history["in-force"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.names
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, row.in_force.loc) if {
	some key in ["regulations", "normative_documents"]
	row := input.tables.active.rows[key]
	last := doc.value(input.previous.tables.active.rows[key].in_force)
	this_value := doc.value(row.in_force)
	issued := doc.value(row.issued)
	repealed := doc.value(row.repealed)
	expected := (last + issued) - repealed
	this_value != expected
	params := {
		"row": names.active_row(key),
		"this": arithmetic.show(this_value),
		"last": arithmetic.show(last),
		"issued": arithmetic.show(issued),
		"repealed": arithmetic.show(repealed),
		"expected": arithmetic.show(expected),
	}
}
