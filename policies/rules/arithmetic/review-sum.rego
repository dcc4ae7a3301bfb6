# METADATA
# title: 复议诉讼合计不符
# description: |
#   表四（政府信息公开行政复议、行政诉讼情况）的行政复议、未经复议直接起诉的
#   行政诉讼、复议后起诉的行政诉讼三组中，每组的“总计”应等于结果维持、结果纠正、
#   其他结果、尚未审结四项之和。诊断定位到该组的“总计”单元格。
# custom:
#   id: arithmetic/review-sum
#   category: arithmetic
#   severity: error
#   title_en: Reconsideration or litigation total does not add up
#   description_en: |
#     In each group of table 4 (administrative reconsideration, litigation
#     without reconsideration, litigation after reconsideration), the total
#     must equal upheld + corrected + other results + pending. The diagnostic
#     points at the group's total cell.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表四
#   message:
#     zh: “{group}”：总计（{total}）不等于结果维持、结果纠正、其他结果、尚未审结之和（{sum}）
#     en: "In {group}, the total ({total}) does not equal upheld + corrected + other + pending ({sum})"
package nianbao.rules.arithmetic["review-sum"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, arithmetic.review[group].total.loc) if {
	some group, s in arithmetic.review_sum
	params := {
		"group": names.review_group(group),
		"total": arithmetic.show(s.total),
		"sum": arithmetic.show(s.sum),
	}
}
