# METADATA
# title: 邮编无效
# description: |
#   联系方式中的邮政编码不是六位数字（常见原因是漏写或多写一位）。请核对
#   邮编。
# custom:
#   id: contact/postcode-invalid
#   category: contact
#   severity: error
#   title_en: Invalid postcode
#   description_en: |
#     The postcode (邮编) in the contact details is not exactly six digits,
#     usually because a digit is missing or extra.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 邮编“{postcode}”不是六位数字
#     en: 'Postcode "{postcode}" is not six digits'
package nianbao.rules.contact["postcode-invalid"]

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"postcode": postcode.value}, postcode.loc) if {
	postcode := object.get(input, ["contact", "postcode"], null)
	is_object(postcode)
	not regex.match(`^[0-9]{6}$`, regex.replace(object.get(postcode, "value", ""), `\s+`, ""))
}
