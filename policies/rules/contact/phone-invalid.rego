# METADATA
# title: 电话号码无效
# description: |
#   联系电话或传真号码不像一个中国的电话号码：去掉空格、连字符和括号（以及
#   “转”“-”或 ext 后面的分机号）之后，既不是带区号的固定电话（0加2至3位区号
#   加7至8位号码），也不是不带区号的7至8位固定电话、1开头的11位手机号码、
#   400/800号码或12345这样的5位服务号码（可带区号）。常见原因是漏写或多写了
#   数字。请核对号码。
# custom:
#   id: contact/phone-invalid
#   category: contact
#   severity: error
#   title_en: Invalid phone number
#   description_en: |
#     A phone or fax number that cannot be a Chinese number: with spaces,
#     dashes and brackets removed (and an extension after 转, - or ext
#     dropped) it is neither a landline with area code (0, a 2–3 digit
#     area code, 7–8 digits), a local landline (7–8 digits), a mobile
#     number (1[3-9] and 9 digits), a 400/800 number, nor a 5-digit
#     service number such as 12345 (with or without area code). Usually a
#     digit is missing or extra.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: "{kind}“{number}”不是有效的固定电话或手机号码"
#     en: '{kind} "{number}" is not a valid Chinese landline or mobile number'
package nianbao.rules.contact["phone-invalid"]

import data.nianbao.lib.config
import data.nianbao.lib.contact
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"kind": _kinds[list][config.lang], "number": item.value}, item.loc) if {
	some list in ["phones", "faxes"]
	some item in object.get(contact.details, list, [])
	is_string(item.value)
	not _valid(item.value)
}

_kinds := {"phones": {"zh": "电话号码", "en": "Phone number"}, "faxes": {"zh": "传真号码", "en": "Fax number"}}

# _valid holds when the number, or the number without a trailing
# dash-separated extension, has the form of a Chinese phone number.
_valid(number) if {
	some digits in _candidates(number)
	some pattern in _patterns
	regex.match(pattern, digits)
}

_candidates(number) := {_clean(base), _clean(short)} if {
	base := trim_space(regex.split(`转|分机|(?i:ext)`, number)[0])
	short := regex.replace(base, `[-—－–‐][^-—－–‐]*$`, "")
}

_clean(s) := regex.replace(s, `[\s\-—－–‐()（）\[\]【】]`, "")

_patterns := [
	`^0[0-9]{2,3}[0-9]{7,8}$`, # landline with area code
	`^[0-9]{7,8}$`, # landline without area code
	`^1[3-9][0-9]{9}$`, # mobile
	`^[48]00[0-9]{7}$`, # 400/800 service numbers
	`^1[0-9]{4}$`, # 5-digit service numbers such as 12345
	`^0[0-9]{2,3}1[0-9]{4}$`, # the same written with the area code (0994-12345)
]
