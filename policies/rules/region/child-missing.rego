# METADATA
# title: 所汇总单位的报告不在本次检查中
# description: |
#   汇总关系文件（--rollup）列出的单位，其同一年度的报告不在本次检查中，汇总报告的
#   数字因此未能与它核对。以提示级别报告，位置在汇总报告的标题。
# custom:
#   id: region/child-missing
#   category: region
#   severity: info
#   title_en: A unit's report is not in the run
#   description_en: |
#     A unit the roll-up file (--rollup) lists for this report has no
#     report of the same year in the run, so the aggregate's figures were
#     not checked against it. Reported at the aggregate's title.
#   basis: 《中华人民共和国政府信息公开条例》第五十条
#   message:
#     zh: "所汇总的单位“{unit}”没有{year}年度的报告在本次检查中，汇总数未与其核对"
#     en: "The unit \"{unit}\" has no {year} report in the run; the aggregate was not checked against it"
package nianbao.rules.region["child-missing"]

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"unit": unit, "year": input.year}, object.get(input, ["title", "loc"], null)) if {
	some unit in object.get(input, "children_missing", [])
}
