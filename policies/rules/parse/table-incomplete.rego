# METADATA
# title: 统计表未能完整读取
# description: |
#   找到了统计表，但其中有的行或单元格未能读取：整行缺失、单元格少于模板，
#   或表格排版错乱。未能读取的部分不参加算术核对。请对照原文检查表格是否
#   完整、是否按模板的行列填写。
# custom:
#   id: parse/table-incomplete
#   category: parse
#   severity: warning
#   title_en: Table not read completely
#   description_en: |
#     A statistical table was found, but some of its rows or cells could not
#     be read: a row is missing, a row has fewer cells than the template, or
#     the layout is broken. What could not be read is left out of the
#     arithmetic checks. Check the table in the report against the template.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: "{table}中有未能读取的行或单元格：{missing}"
#     en: "{table}: rows or cells that could not be read: {missing}"
package nianbao.rules.parse["table-incomplete"]

import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"table": _table(note), "missing": names.list(_items(note))}, note.loc) if {
	some note in input.notes
	note.code == "table_incomplete"
}

_table(note) := n if {
	n := names.table(object.get(note, "table", ""))
} else := {"zh": "统计表", "en": "A table"}[config.lang]

_missing(note) := m if {
	m := note.missing
	is_array(m)
	count(m) > 0
} else := []

# _items names what is missing, in the note's order; a row that was found
# but lacks cells is marked as such. Without a list, the note's own message
# says what went wrong.
_items(note) := [_item(object.get(note, "table", ""), key) | some key in _missing(note)] if count(_missing(note)) > 0

_items(note) := [note.message] if count(_missing(note)) == 0

_item(table, key) := concat("", [_row_name(table, key), _partial[config.lang]]) if {
	table in {"active", "applications"}
	input.tables[table].rows[key]
} else := _row_name(table, key)

_partial := {"zh": "（部分单元格）", "en": " (some cells)"}

# _row_name names a row of the table, or a cell of table 四
# ("litigation_direct.total"), falling back to its key.
_row_name(table, key) := names.row(table, key) if table != "review"

_row_name("review", key) := n if {
	[g, c] := split(key, ".")
	n := sprintf({"zh": "%s %s", "en": "%s: %s"}[config.lang], [names.review_group(g), names.review_col(c)])
} else := key
