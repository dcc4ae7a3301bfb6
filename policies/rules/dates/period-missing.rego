# METADATA
# title: 缺少统计期限
# description: |
#   报告开头通常写明所列数据的统计期限，如“本报告中所列数据的统计期限自2024年
#   1月1日起至2024年12月31日止”，以便核对报告年度。报告中找不到统计期限时
#   报告，位置在报告开头。请补写统计期限。
# custom:
#   id: dates/period-missing
#   category: dates
#   severity: warning
#   title_en: Statistical period missing
#   description_en: |
#     Reports usually state near the top the period their figures cover
#     (统计期限, e.g. 1 January to 31 December 2024), so that the reporting
#     year can be checked. Reported at the top of the report when no such
#     statement is found.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 未找到统计期限（如“本报告中所列数据的统计期限自20XX年1月1日起至20XX年12月31日止”）
#     en: No statistical period found (e.g. 本报告中所列数据的统计期限自20XX年1月1日起至20XX年12月31日止)
package nianbao.rules.dates["period-missing"]

import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, doc.preamble_anchor) if {
	object.get(input, "period", null) == null
}
