# METADATA
# title: 正文现行有效文件数与表二不符
# description: |
#   正文中“现行有效规范性文件N件（个）”“现行有效规章N件”的数字应与表二第二十条第（一）项
#   的“现行有效件数”一致。两处不一致时，至少有一处是错的，请核对。只比较归属明确的
#   数字：数字所在分句中在它之前出现“现行有效”，紧挨在前的是“规范性文件”或“规章”
#   （“规章制度”不算；分句里没有时，看同一句中更早的分句，如“制发规范性文件34件，现行
#   有效件数424件”），且没有“废止”“清理”“制发”“修订”“分别”“其中”等字样。表二该行
#   数字连写、无法唯一拆分时（如“34089”），现行有效件数是这串数字的结尾部分：没有任何
#   拆分能得到正文的数字时才报告。诊断定位到正文中的数字。
# custom:
#   id: consistency/normative-documents
#   category: consistency
#   severity: warning
#   title_en: Narrative count of documents in force differs from table 2
#   description_en: |
#     "现行有效规范性文件 N 件" and "现行有效规章 N 件" in the narrative must
#     agree with the in-force count of table 2 (第二十条第（一）项). Only clearly
#     attributed numbers are compared: 现行有效 earlier in the number's clause,
#     规范性文件 or 规章 (not 规章制度) the last of the two before it (in an
#     earlier clause of the sentence when the number's own names neither:
#     "制发规范性文件34件，现行有效件数424件"), and no word of another count
#     (废止, 清理, 制发, 修订, 分别, 其中…) just before it. When the table row's
#     digits run together with no unique split ("34089"), the in-force count
#     is a suffix of them: the number is reported only when no split gives
#     it. The diagnostic points at the number in the text.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表二第二十条第（一）项
#   message:
#     zh: 正文称现行有效{what}{number}{unit}，与表二“{row}”的现行有效件数（{table}）不一致
#     en: "The text states {number} {what} in force, but table 2 row \"{row}\" has {table} in force"
#   message_unsplit:
#     zh: 正文称现行有效{what}{number}{unit}，而表二“{row}”一行的数字连写为“{digits}”，无论怎样拆分，现行有效件数都不是{number}
#     en: "The text states {number} {what} in force, but the digits of table 2 row \"{row}\" run together as \"{digits}\", and no split of them gives {number} in force"
package nianbao.rules.consistency["normative-documents"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.narrative
import data.nianbao.lib.result

# (The facts are tested before they are placed in their sentences, for
# speed.)
report contains result.fail(rego.metadata.chain(), params, x.fact.loc) if {
	[x, row] := _claims[_]
	cell := input.tables.active.rows[row].in_force
	is_number(cell.value)
	arithmetic.differ(x.fact.number, cell.value)
	params := object.union(_params(x, row), {"table": arithmetic.show(cell.value)})
}

report contains result.fail_with(rego.metadata.chain(), "message_unsplit", params, x.fact.loc) if {
	[x, row] := _claims[_]
	not _read(row)
	digits := regex.replace(input.tables.active.unsplit[row].text, `[^0-9]`, "")
	not _in_force_of(digits, x.fact.number)
	params := object.union(_params(x, row), {"digits": digits})
}

# _read holds when the in-force cell of row was read. (A helper, so that
# a cell missing altogether counts as not read.)
_read(row) if is_number(input.tables.active.rows[row].in_force.value)

# _claims lists each number the narrative clearly gives as a count in
# force, with the row of table 二 it counts.
_claims contains [x, row] if {
	some i, f in input.facts
	f.unit in {"件", "个", "份", "篇", "条"}
	contains(f.sentence, "现行有效")
	x := narrative.fact(i)
	clause := _clean(narrative.clause_before(x))
	contains(clause, "现行有效")
	region := _clean(narrative.before(x))
	not regex.match(`废止|废除|失效|修改|修订|清理|制发|制定|新制|出台|印发|审核|审查|备案|新增|增加|减少|分别|其中|累计`, region)
	row := _row_of(x, clause)
	not _both(region)
}

_params(x, row) := {
	"what": _what[row][config.lang],
	"number": arithmetic.show(x.fact.number),
	"unit": _unit(x.fact.unit),
	"row": names.active_row(row),
}

# _row_of is the row of the kind named last before x in its clause, or,
# when the clause names none, in its sentence.
_row_of(x, clause) := _row(clause)

_row_of(x, clause) := _row(_clean(substring(x.fact.sentence, 0, x.start))) if not _row(clause)

# _in_force_of holds when number can be the in-force count of a row whose
# three cells run together as digits: the digits end with it, and what is
# before it splits into two numbers (no leading zero but in "0").
_in_force_of(digits, number) if {
	number == floor(number)
	n := sprintf("%d", [number])
	endswith(digits, n)
	head := substring(digits, 0, count(digits) - count(n))
	some k in numbers.range(1, count(head) - 1)
	_whole(substring(head, 0, k))
	_whole(substring(head, k, -1))
}

_whole(s) if s == "0"

_whole(s) if {
	s != ""
	not startswith(s, "0")
}

_clean(s) := replace(s, "规章制度", "")

# _row is the row of the document kind named last before the number.
_row(clause) := max(hits)[1] if {
	hits := [[p, row] |
		some word, row in {"规范性文件": "normative_documents", "规章": "regulations"}
		some p in indexof_n(clause, word)
	]
	count(hits) > 0
}

# _both holds when regulations and normative documents are counted together.
_both(region) if {
	contains(region, "规章")
	contains(region, "规范性文件")
}

_unit(u) := u if config.lang == "zh"

_unit(_) := "" if config.lang != "zh"

_what := {
	"normative_documents": {"zh": "规范性文件", "en": "normative documents"},
	"regulations": {"zh": "规章", "en": "regulations"},
}
