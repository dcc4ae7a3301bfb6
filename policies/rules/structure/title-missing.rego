# METADATA
# title: 缺少标题
# description: |
#   报告没有“<机关>20XX年政府信息公开工作年度报告”形式的标题行。标题应写明
#   发布机关和报告年度。
# custom:
#   id: structure/title-missing
#   category: structure
#   severity: error
#   title_en: Title missing
#   description_en: |
#     The report has no title line of the form
#     "<body>20XX年政府信息公开工作年度报告" naming the body and the year.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 未找到标题行“<机关>20XX年政府信息公开工作年度报告”
#     en: No title line "<body>20XX年政府信息公开工作年度报告" found
package nianbao.rules.structure["title-missing"]

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, result.start) if {
	input.title == null
}
