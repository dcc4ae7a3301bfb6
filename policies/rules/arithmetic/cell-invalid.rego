# METADATA
# title: 单元格数值无效
# description: |
#   表二、表三、表四中的件数、数量都应是非负整数（表二“行政事业性收费”的金额和
#   2019年版模板的“本年增/减”除外）。负数、小数或非数字的内容是错误；空白单元格
#   或以“/”“-”“—”“无”等符号代替数字的单元格以警告报告：没有发生的情形应填0，
#   否则无法核对表格的勾稽关系。诊断定位到该单元格，并引用其原文。
# custom:
#   id: arithmetic/cell-invalid
#   category: arithmetic
#   severity: error
#   title_en: Invalid count cell
#   description_en: |
#     Every count in tables 2, 3 and 4 must be a whole number of zero or more
#     (except the amount of administrative fees in table 2 and the change
#     column of the 2019 template). A negative, fractional or non-numeric cell
#     is an error; a blank cell or a placeholder such as "/", "-", "—" or "无"
#     instead of a number is reported as a warning: a case that did not occur
#     is written 0, otherwise the table cannot be checked. The diagnostic
#     points at the cell and quotes it.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: "{table}“{row}”行“{column}”列{problem}：“{raw}”"
#     en: "In {table}, row {row}, column {column} {problem}: \"{raw}\""
package nianbao.rules.arithmetic["cell-invalid"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.result

# Cells that are not counts.
_not_counts := {"amount", "change"}

_placeholders := {"/", "／", "-", "－", "—", "——", "–", "无"}

report contains result.fail(rego.metadata.chain(), _params(c, problem), c.cell.loc) if {
	some c in _suspect
	problem := _error(c.cell)
}

report contains result.fail_as(rego.metadata.chain(), _params(c, problem), c.cell.loc, "warning") if {
	some c in _suspect
	problem := _blank(c.cell)
}

# _suspect lists the cells that are not plainly a count, with their table,
# row and column keys: those holding one of _bad_values. (For speed: a
# report has some 250 cells but few distinct values, mostly 0, so the
# values are tested once each, and the cells are only gone through again,
# and named, when some value is not a count.)
_suspect contains {"table": "applications", "row": row, "column": col, "cell": cell} if {
	count(_bad_values) > 0
	some row, cells in input.tables.applications.rows
	some col, cell in cells
	cell.value in _bad_values
}

_suspect contains {"table": "review", "row": group, "column": col, "cell": cell} if {
	count(_bad_values) > 0
	some group in arithmetic.review_groups
	some col, cell in input.tables.review[group]
	cell.value in _bad_values
}

_suspect contains {"table": "active", "row": row, "column": col, "cell": cell} if {
	count(_bad_values) > 0
	some row, cells in input.tables.active.rows
	some col, cell in cells
	cell.value in _bad_values
	not col in _not_counts
}

# _bad_values are the values of count cells that are not counts.
_bad_values := {v | some v in _values; not _count(v)}

_values contains cell.value if {
	some cells in input.tables.applications.rows
	some cell in cells
}

_values contains cell.value if {
	some group in arithmetic.review_groups
	some cell in input.tables.review[group]
}

_values contains cell.value if {
	some cells in input.tables.active.rows
	some col, cell in cells
	not col in _not_counts
}

_count(v) if {
	is_number(v)
	v >= 0
	v == floor(v)
}

_params(c, problem) := {
	"table": names.table(c.table),
	"row": names.row(c.table, c.row),
	"column": names.column(c.table, c.column),
	"problem": _problems[problem][config.lang],
	"raw": c.cell.raw,
}

_raw(cell) := trim_space(replace(replace(cell.raw, " ", ""), "　", ""))

_error(cell) := "negative" if {
	is_number(cell.value)
	cell.value < 0
}

_error(cell) := "fractional" if {
	is_number(cell.value)
	cell.value >= 0
	cell.value != floor(cell.value)
}

_error(cell) := "not_a_number" if {
	cell.value == null
	_raw(cell) != ""
	not _raw(cell) in _placeholders
}

_blank(cell) := "blank" if {
	cell.value == null
	_raw(cell) == ""
}

_blank(cell) := "placeholder" if {
	cell.value == null
	_raw(cell) in _placeholders
}

_problems := {
	"negative": {"zh": "为负数，应为非负整数", "en": "is negative; a count is a whole number of zero or more"},
	"fractional": {"zh": "不是整数", "en": "is not a whole number"},
	"not_a_number": {"zh": "不是数字", "en": "is not a number"},
	"blank": {"zh": "为空，没有发生的情形应填0", "en": "is blank; a case that did not occur is written 0"},
	"placeholder": {"zh": "以符号代替数字，没有发生的情形应填0", "en": "holds a placeholder instead of a number; a case that did not occur is written 0"},
}
