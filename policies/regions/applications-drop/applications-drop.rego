# METADATA
# title: 依申请公开数量骤降
# description: |
#   本年新收的政府信息公开申请不足上一年度的一半时，提示在报告中说明原因（如申请
#   渠道调整、职能划转）。需要上一年度的报告（input.previous），否则不检查。一个
#   跨年度规则的示例。
# custom:
#   id: region/applications-drop
#   category: region
#   severity: info
#   title_en: Applications fell sharply
#   description_en: |
#     New applications this year are fewer than half of last year's: the
#     report should say why. Needs last year's report (input.previous). An
#     example of a cross-year rule.
#   basis: 本地区政务公开工作要点（示例）
#   message:
#     zh: 本年新收申请{this}件，不足上一年度{last}件的一半，请在报告中说明原因
#     en: "{this} new applications this year, fewer than half of last year's {last}: say why in the report"
package nianbao.rules.region["applications-drop"]

import data.nianbao.lib.report
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"this": this, "last": last}, cell.loc) if {
	cell := input.tables.applications.rows.new_received.total
	this := report.value(cell)
	last := report.value(input.previous.tables.applications.rows.new_received.total)
	this * 2 < last
}
