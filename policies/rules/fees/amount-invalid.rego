# METADATA
# title: 行政事业性收费金额无效
# description: |
#   表二“第二十条第（八）项 行政事业性收费”的本年收费金额（单位：万元）应是
#   一个不小于0的数字；没有收费时填0。金额为负数、不是数字（如“/”“无”
#   “约5万”）或空白时报告，位置在该单元格，消息引用原文。
# custom:
#   id: fees/amount-invalid
#   category: fees
#   severity: error
#   title_en: Invalid administrative fee amount
#   description_en: |
#     The amount of administrative fees (行政事业性收费, in 10,000 yuan) in
#     table 2 must be a number not below 0; write 0 when nothing was
#     charged. A negative amount, text that is not a number ("/", "无",
#     "约5万") or a blank cell is reported at the cell, quoting it.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 行政事业性收费金额“{raw}”不是有效的数字
#     en: 'The administrative fee amount "{raw}" is not a number'
#   message_negative:
#     zh: 行政事业性收费金额“{raw}”为负数
#     en: 'The administrative fee amount "{raw}" is negative'
#   message_blank:
#     zh: 行政事业性收费金额为空，没有收费应填0
#     en: The administrative fee amount is blank; write 0 when nothing was charged
package nianbao.rules.fees["amount-invalid"]

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"raw": _cell.raw}, _cell.loc) if {
	_cell.value == null
	_raw != ""
}

report contains result.fail_with(rego.metadata.chain(), "message_blank", {}, _cell.loc) if {
	_cell.value == null
	_raw == ""
}

report contains result.fail_with(rego.metadata.chain(), "message_negative", {"raw": _cell.raw}, _cell.loc) if {
	is_number(_cell.value)
	_cell.value < 0
}

_cell := c if {
	c := input.tables.active.rows.administrative_fees.amount
	is_object(c)
}

_raw := trim_space(object.get(_cell, "raw", ""))
