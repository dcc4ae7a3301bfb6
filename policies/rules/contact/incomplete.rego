# METADATA
# title: 联系方式不完整
# description: |
#   报告给出了部分联系方式，但没有同时写明电话和地址（例如只有电子邮箱，或只有
#   电话没有地址）。这只是提示：请考虑补全负责政府信息公开工作机构的电话和
#   地址。完全没有联系方式由 contact/missing 报告。
# custom:
#   id: contact/incomplete
#   category: contact
#   severity: info
#   title_en: Contact details incomplete
#   description_en: |
#     The report gives some contact details but not both a phone number
#     and an address (e.g. only an e-mail address, or a phone without an
#     address). A hint: consider adding the missing ones. No contact
#     details at all is contact/missing's business.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 联系方式不完整，缺少{missing}
#     en: "Contact details incomplete: no {missing}"
package nianbao.rules.contact.incomplete

import data.nianbao.lib.config
import data.nianbao.lib.contact
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"missing": names.list(missing)}, contact.details.loc) if {
	contact.reachable
	missing := [name[config.lang] | some key, name in _needed; not contact.given(key)]
	count(missing) > 0
}

# _needed are the details every report should give.
_needed := {"phones": {"zh": "电话", "en": "phone"}, "address": {"zh": "地址", "en": "address"}}
