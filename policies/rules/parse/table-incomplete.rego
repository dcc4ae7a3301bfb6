# METADATA
# title: 统计表未能完整读取
# description: |
#   找到了统计表，但没能完整读取：报告漏了模板中的行，某行的单元格少于
#   模板，或某行的数字连写在一起（如“142000016”）而拆分方式不唯一。每张表
#   只报告一次，逐项列出。未能读取的部分不参加算术核对，数字不会被猜测。
#   请对照原文检查表格是否完整、是否按模板的行列填写。
# custom:
#   id: parse/table-incomplete
#   category: parse
#   severity: warning
#   title_en: Table not read completely
#   description_en: |
#     A statistical table was found but not read completely: the report left
#     out rows of the template, a row has fewer cells than the template, or a
#     row's digits run together ("142000016") in more than one possible way.
#     One finding per table lists them all. What could not be read is left
#     out of the arithmetic checks; no number is guessed. Check the table in
#     the report against the template.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: "{table}未能完整读取：{details}"
#     en: "{table} not read completely: {details}"
package nianbao.rules.parse["table-incomplete"]

import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"table": _table(note), "details": _details(note)}, note.loc) if {
	some note in input.notes
	note.code == "table_incomplete"
}

_table(note) := n if {
	n := names.table(object.get(note, "table", ""))
} else := {"zh": "统计表", "en": "A table"}[config.lang]

# _kinds are the lists a note may carry, in the order they are told, with
# how each is introduced.
_kinds := [
	{"field": "missing", "zh": "报告中缺少%s行", "en": "rows left out of the report: %s"},
	{"field": "unread", "zh": "%s的单元格未能全部读取", "en": "cells not all read in %s"},
	{"field": "run_together", "zh": "%s数字连写，无法唯一拆分，未参加算术核对", "en": "%s: digits run together with no unique split, left out of the arithmetic checks"},
]

_list(note, field) := l if {
	l := object.get(note, field, [])
	is_array(l)
} else := []

_parts(note) := [sprintf(k[config.lang], [names.list(items)]) |
	some k in _kinds
	keys := _list(note, k.field)
	count(keys) > 0
	items := [_row_name(object.get(note, "table", ""), key) | some key in keys]
]

# _details says what was not read; without any list, the note's own
# message says what went wrong.
_details(note) := concat({"zh": "；", "en": "; "}[config.lang], _parts(note)) if count(_parts(note)) > 0

_details(note) := note.message if count(_parts(note)) == 0

# _row_name names a row of the table, a cell of table 四
# ("litigation_direct.total") or a group of table 四, falling back to its
# key.
_row_name(table, key) := sprintf("“%s”", [names.row(table, key)]) if {
	table != "review"
	config.lang == "zh"
}

_row_name(table, key) := names.row(table, key) if {
	table != "review"
	config.lang != "zh"
}

_row_name("review", key) := n if {
	[g, c] := split(key, ".")
	n := sprintf({"zh": "%s %s", "en": "%s: %s"}[config.lang], [names.review_group(g), names.review_col(c)])
} else := n if {
	n := names.review_group(key)
} else := key
