# METADATA
# title: 上年结转与上一年度报告不符
# description: |
#   本年度表三“二、上年结转政府信息公开申请数量”是上一年度报告表三“四、结转下年度
#   继续办理”结转过来的申请，两者应逐列相等。不等说明两年中有一年填错，或有申请在
#   两个年度之间被漏计、重计。诊断定位到本年度的单元格，并指出上一年度报告中对应
#   的单元格（SARIF 中为相关位置）。需要上一年度的报告：用 --previous 指定，或在同
#   一次检查中给出同一机关相邻年度的报告，或用 --history 指定存放往年报告的目录。
# custom:
#   id: history/carry-over
#   category: history
#   severity: error
#   title_en: Carry-over differs from last year's report
#   description_en: |
#     This year's table 3 row 2 (applications carried over from last year)
#     are the applications last year's report carried forward in its row 4;
#     the two must be equal in every column. A difference means that one of
#     the two years is mistyped, or that applications were lost or counted
#     twice between the years. The diagnostic points at this year's cell and
#     names last year's (a related location in SARIF). It needs last year's
#     report: --previous, the same issuer's reports of consecutive years in
#     one run, or --history with a directory of earlier reports.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表三
#   message:
#     zh: 上年结转（{this}）与上一年度报告（{previous}）“四、结转下年度继续办理”的{last}不一致（{column}列）
#     en: "Carried over from last year ({this}) differs from the {last} carried forward in last year's report ({previous}) (column {column})"
#   related:
#     zh: 上一年度报告“四、结转下年度继续办理”（{column}列）：{last}
#     en: "Last year's row 4, carried forward (column {column}): {last}"
package nianbao.rules.history["carry-over"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.names
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail_related(rego.metadata.chain(), params, cell.loc, [related]) if {
	prev := input.previous
	some col, cell in input.tables.applications.rows.carried_over
	last := prev.tables.applications.rows.carried_forward[col]
	this_value := doc.value(cell)
	last_value := doc.value(last)
	this_value != last_value
	params := {
		"this": arithmetic.show(this_value),
		"last": arithmetic.show(last_value),
		"column": names.app_col(col),
		"previous": prev.source.path,
	}
	related := {
		"path": prev.source.path,
		"location": last.loc,
		"message": result.text(rego.metadata.chain(), "related", params),
	}
}
