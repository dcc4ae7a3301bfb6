# METADATA
# title: 汇总数与所属单位之和不符
# description: |
#   汇总编制的年度报告（如县政府汇总各部门、乡镇的情况），表三、表四的每个数字应
#   等于所汇总各单位报告中同一数字之和。诊断定位到汇总报告中不符的单元格，给出各
#   单位之和与参与求和的单位，并列出汇总关系文件所列、但其报告不在本次检查中的单
#   位。需要 --rollup 指定汇总关系文件（汇总机关 → 所属单位），且各单位的报告在同
#   一次检查中；否则不检查。
# custom:
#   id: region/rollup-sum
#   category: region
#   severity: warning
#   title_en: Aggregate differs from its units' sum
#   description_en: |
#     A report that aggregates its units (a county government summing its
#     departments and townships) must give in tables 3 and 4 the sum of the
#     same figure over its units' reports. The diagnostic points at the
#     aggregate's cell, gives the units' sum and the units counted, and
#     names the units the roll-up file lists whose reports are not in the
#     run. Needs --rollup with a roll-up file (aggregating body → units) and
#     the units' reports in the same run.
#   basis: 《中华人民共和国政府信息公开条例》第五十条
#   message:
#     zh: "{cell}为{value}，而所汇总的{n}个单位（{units}）之和为{sum}{missing}"
#     en: "{cell} is {value}, while the {n} units summed ({units}) give {sum}{missing}"
package nianbao.rules.region["rollup-sum"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

_children := object.get(input, "children", [])

_units := concat({"zh": "、", "en": ", "}[config.lang], [c.issuer.name | some c in _children])

_missing := "" if {
	count(object.get(input, "children_missing", [])) == 0
} else := sprintf({"zh": "；未计入：%s（其报告不在本次检查中）", "en": "; not counted: %s (their reports are not in the run)"}[config.lang], [concat({"zh": "、", "en": ", "}[config.lang], input.children_missing)])

# _cells are the figures of tables 三 and 四 with their names, as
# [path into the tables, name].
_cells contains [["applications", "rows", row, col], sprintf("%s %s", [names.row("applications", row), names.column("applications", col)])] if {
	some row, cells in input.tables.applications.rows
	some col, _ in cells
}

_cells contains [["review", group, col], sprintf("%s %s", [names.review_group(group), names.review_col(col)])] if {
	some group in ["reconsideration", "litigation_direct", "litigation_after_review"]
	some col, _ in input.tables.review[group]
}

report contains result.fail(rego.metadata.chain(), params, cell.loc) if {
	count(_children) > 0
	some [path, name] in _cells
	cell := object.get(input.tables, path, null)
	value := doc.value(cell)
	parts := [v | some c in _children; v := doc.value(object.get(c.tables, path, null))]
	count(parts) == count(_children)
	total := sum(parts)
	total != value
	params := {
		"cell": name,
		"value": arithmetic.show(value),
		"sum": arithmetic.show(total),
		"n": count(_children),
		"units": _units,
		"missing": _missing,
	}
}
