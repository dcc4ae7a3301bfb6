# METADATA
# title: 缺少统计表
# description: |
#   第二、三、四部分应以模板规定的表格报告：表二主动公开政府信息情况、
#   表三收到和处理政府信息公开申请情况、表四行政复议和行政诉讼情况。表格
#   缺失，或表格中没有任何数字（只有表头、单元格全部空白）时报告，位置在
#   该表所在章节的标题。请按模板填写表格，没有发生的事项填0。
# custom:
#   id: structure/table-missing
#   category: structure
#   severity: error
#   title_en: Table missing
#   description_en: |
#     Sections 2, 3 and 4 report in the template's tables: table 2
#     (proactive disclosure), table 3 (applications) and table 4
#     (reconsideration and litigation). A table that cannot be found, or
#     that holds no number at all (only headers, every cell blank), is
#     reported at the heading of its section. Fill in the table; write 0
#     for what did not happen.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 未找到{table}
#     en: "No {table} found"
#   message_empty:
#     zh: "{table}中没有任何数字"
#     en: "No number in {table}"
package nianbao.rules.structure["table-missing"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.names
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"table": names.table(t)}, doc.section_anchor(key)) if {
	some t, key in _section_of
	object.get(_tables, t, null) == null
}

report contains result.fail_with(rego.metadata.chain(), "message_empty", {"table": names.table(t)}, doc.section_anchor(key)) if {
	some t, key in _section_of
	table := _tables[t]
	table != null
	not _has_number(t, table)
}

_tables := object.get(input, "tables", {})

# _section_of maps each table to the section it belongs to.
_section_of := {"active": "active_disclosure", "applications": "applications", "review": "review_litigation"}

_has_number(t, table) if {
	t != "review"
	some row in table.rows
	some cell in row
	is_number(cell.value)
}

_has_number("review", table) if {
	some group in arithmetic.review_groups
	some cell in table[group]
	is_number(cell.value)
}
