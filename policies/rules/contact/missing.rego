# METADATA
# title: 缺少联系方式
# description: |
#   年度报告通常在开头写明“如对本报告有任何疑问，请与…联系（地址：…；邮编：…；
#   电话：…；传真：…；电子邮箱：…）”，便于公众咨询和监督。报告中既没有电话，
#   也没有地址和电子邮箱时报告，位置在报告开头。请补上负责政府信息公开工作
#   机构的地址、电话等联系方式。
# custom:
#   id: contact/missing
#   category: contact
#   severity: warning
#   title_en: Contact details missing
#   description_en: |
#     Reports usually say near the top whom to contact about them (address,
#     postcode, phone, fax, e-mail), so that the public can ask and
#     complain. Reported, at the top of the report, when there is no phone
#     number, no address and no e-mail at all. Add the contact details of
#     the office in charge of information disclosure.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 未找到联系方式（地址、电话或电子邮箱）
#     en: No contact details found (address, phone or e-mail)
package nianbao.rules.contact.missing

import data.nianbao.lib.contact
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, doc.preamble_anchor) if not contact.reachable
