# METADATA
# title: 缺少电子邮箱
# description: |
#   本地区要求年度报告的联系方式中写明电子邮箱，便于公众以书面形式咨询。
#   请在报告开头的“如对本报告有任何疑问，请与…联系”中补充电子邮箱。
# custom:
#   id: region/email-required
#   category: region
#   severity: warning
#   title_en: E-mail contact missing
#   description_en: |
#     This region requires an e-mail address among the report's contact
#     details.
#   basis: 本地区政务公开工作要点（示例）
#   message:
#     zh: 联系方式中没有电子邮箱（本地区要求写明电子邮箱）
#     en: The contact details give no e-mail address (required in this region)
package nianbao.rules.region["email-required"]

import data.nianbao.lib.report
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, _where) if {
	count(_emails) == 0
}

_emails := object.get(input.contact, "emails", []) if input.contact != null

_emails := [] if input.contact == null

# Point at the contact details when there are some, else at the preamble.
_where := input.contact.loc if input.contact != null

_where := report.preamble_anchor if input.contact == null
