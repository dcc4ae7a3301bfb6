# METADATA
# title: 未报告“5·15政务公开日”活动
# description: |
#   本地区要求在年度报告中报告“5·15政务公开日”活动的开展情况（一般写在
#   “六、其他需要报告的事项”中）。报告全文没有提到政务公开日。
# custom:
#   id: region/open-day
#   category: region
#   severity: warning
#   title_en: No paragraph on the 5·15 open government day
#   description_en: |
#     This region requires the report to describe the activities of the
#     5·15 政务公开日 (usually in section 六); the report never mentions it.
#   basis: 本地区政务公开工作要点（示例）
#   message:
#     zh: 报告未提及“5·15政务公开日”活动开展情况
#     en: The report does not mention the 5·15 open government day (政务公开日)
package nianbao.rules.region["open-day"]

import data.nianbao.lib.report
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, report.section_anchor("other_matters")) if {
	not _mentioned
}

_mentioned if contains(report.narrative, "政务公开日")

_mentioned if regex.match(`5\s*[·.•、]\s*15`, report.narrative)
