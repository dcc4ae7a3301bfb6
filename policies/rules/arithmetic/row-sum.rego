# METADATA
# title: 行合计不符
# description: |
#   表三每一行的“总计”应等于自然人与商业企业、科研机构、社会公益组织、法律服务机构、
#   其他五类法人或其他组织之和；表格另设“法人或其他组织”小计列时，小计应等于这
#   五列之和。某一行合计不符，说明某个申请人类别填错或总计算错。诊断定位到最可能
#   填错的单元格：若该行各列中恰有一列的纵向勾稽关系（一加二等于三加四，或办理
#   结果之和等于总计）也不成立，即为该列的单元格，否则为该行的“总计”单元格。
# custom:
#   id: arithmetic/row-sum
#   category: arithmetic
#   severity: error
#   title_en: Row total does not add up
#   description_en: |
#     In every row of table 3, the total must equal natural persons plus the
#     five kinds of legal persons and other organisations (commercial,
#     research, public-interest, legal service, other); when the table has a
#     legal-person subtotal column, the subtotal must equal those five columns.
#     The diagnostic points at the cell most likely wrong: the cell of the one
#     column whose own column identity (I1 or I2) also fails, else the row's
#     total cell.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表三
#   message:
#     zh: “{row}”行：{stated_label}（{stated}）不等于{parts}之和（{computed}）
#     en: "Row {row}: {stated_label} ({stated}) does not equal the sum of {parts} ({computed})"
package nianbao.rules.arithmetic["row-sum"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, arithmetic.row_loc(row)) if {
	some row, f in arithmetic.row_sum
	params := {
		"row": names.row("applications", row),
		"stated_label": _stated_label[f.kind],
		"stated": arithmetic.show(f.stated),
		"parts": _parts[f.kind],
		"computed": arithmetic.show(f.computed),
	}
}

_stated_label := {
	"total": names.app_col("total"),
	"subtotal": names.app_col("legal_person_subtotal"),
}

_parts := {
	"total": {"zh": "自然人及法人或其他组织各列", "en": "the natural-person and organisation columns"}[config.lang],
	"subtotal": {"zh": "法人或其他组织各列", "en": "the five organisation columns"}[config.lang],
}
