# METADATA
# title: 乡镇（街道）年度报告发布晚于本地区期限
# description: |
#   本地区要求乡镇人民政府和街道办事处在比条例更早的期限前发布上一年度的
#   年度报告；期限由数据文件给出（data.region.township_deadline，形如
#   "02-28"，即次年2月28日）。未提供数据时本规则不检查。
# custom:
#   id: region/township-deadline
#   category: region
#   severity: error
#   title_en: Township report published after the regional deadline
#   description_en: |
#     This region requires townships and streets to publish their report by
#     an earlier date than the national deadline; the date comes from data
#     (data.region.township_deadline, e.g. "02-28" for 28 February of the
#     following year). Without the data the rule checks nothing.
#   basis: 本地区政务公开工作要点（示例）；《中华人民共和国政府信息公开条例》第四十九条
#   message:
#     zh: 乡镇（街道）年度报告发布日期{date}晚于本地区规定的{deadline}
#     en: The township report was published on {date}, after this region's deadline {deadline}
package nianbao.rules.region["township-deadline"]

import data.nianbao.lib.report
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"date": input.published.date, "deadline": deadline}, input.published.loc) if {
	report.issuer_kind == "township"
	input.published != null
	is_number(input.year)
	deadline := sprintf("%d-%s", [input.year + 1, data.region.township_deadline])
	input.published.date > deadline
}
