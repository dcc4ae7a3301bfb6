# METADATA
# title: 办理结果合计不符
# description: |
#   表三“三、本年度办理结果”中，“（七）总计”应等于（一）予以公开、（二）部分公开、
#   （三）不予公开的8种情形、（四）无法提供的3种情形、（五）不予处理的5种情形和
#   （六）其他处理（2021年版模板为3种情形，2019年版为1行）之和，每一列都是如此。
#   总计与各项之和不符，说明某项结果漏填、多填或总计算错。诊断定位到最可能填错的
#   单元格：若各结果行与总计行中恰有一行的横向合计也不成立，即为该行在此列的
#   单元格，否则为“（七）总计”单元格。
# custom:
#   id: arithmetic/results-sum
#   category: arithmetic
#   severity: error
#   title_en: Handling results do not add up
#   description_en: |
#     In every column of table 3, the 3(7) total must equal the sum of the
#     results: 3(1) granted, 3(2) partially granted, the eight 3(3) withheld
#     rows, the three 3(4) unable rows, the five 3(5) not-processed rows and
#     3(6) other handling (three rows in the 2021 template, one in the 2019
#     template). The diagnostic points at the cell most likely wrong: the cell
#     in that column of the one result row (or the total row) whose own row sum
#     also fails, else the 3(7) total cell.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表三
#   message:
#     zh: （七）总计（{total}）不等于各项办理结果之和（{sum}）（{column}列）
#     en: The 3(7) total ({total}) does not equal the sum of the handling results ({sum}) (column {column})
package nianbao.rules.arithmetic["results-sum"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, arithmetic.results_loc(col)) if {
	some col in arithmetic.results_fails
	r := arithmetic.results[col]
	params := {
		"total": arithmetic.show(r.total),
		"sum": arithmetic.show(r.sum),
		"column": names.app_col(col),
	}
}
