# METADATA
# title: 章节顺序或编号错误
# description: |
#   六个章节应按模板顺序排列并依次编号为一至六。某个章节排在按模板应在它
#   后面的章节之后（如“四”排在“三”之前），或章节标题所写的编号与它在模板
#   中的位置不符（如少写一章后把其余章节编为一至五），都会报告，位置在有问题
#   的章节标题。没有编号的标题只检查顺序。2025年起的模板在第四部分之后增加
#   “五、信息处理费收取情况”，其后两章依次编为六、七：报告中有这一章时按此
#   编号检查（“六、存在的主要问题及改进情况”“七、其他需要报告的事项”正确），
#   没有这一章时仍按一至六检查。请按模板调整章节顺序和编号。
# custom:
#   id: structure/section-order
#   category: structure
#   severity: error
#   title_en: Sections out of order or misnumbered
#   description_en: |
#     The six sections must follow the template order and be numbered one
#     to six. A section placed after one that the template puts behind it
#     (e.g. section 4 before section 3), or a heading whose written number is
#     not its position in the template (e.g. sections numbered 1 to 5 after
#     one was left out), is reported at that heading. Headings without a
#     number are checked for order only. The 2025 template adds section 5,
#     information processing fees (信息处理费收取情况), after section 4 and
#     numbers the last two sections 6 and 7: a report that has that section
#     is checked against this numbering, one without it against one to six.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 章节“{section}”排在“{other}”之后，与模板顺序不符
#     en: 'Section "{section}" comes after "{other}", against the template order'
#   message_before:
#     zh: 章节“{section}”排在“{other}”之前，与模板顺序不符
#     en: 'Section "{section}" comes before "{other}", against the template order'
#   message_number:
#     zh: 章节标题“{heading}”编号为“{written}”，按模板应为“{expected}”
#     en: 'Heading "{heading}" is numbered {written}; the template numbers it {expected}'
package nianbao.rules.structure["section-order"]

import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

# Out of order: the sections outside a longest run of sections in template
# order are the ones moved.
report contains result.fail(rego.metadata.chain(), {"section": names.section(s.key), "other": names.section(o.key)}, s.loc) if {
	some i in _moved
	s := _found[i]
	before := _before(i)
	count(before) > 0
	o := _found[before[0]]
}

report contains result.fail_with(rego.metadata.chain(), "message_before", {"section": names.section(s.key), "other": names.section(o.key)}, s.loc) if {
	some i in _moved
	s := _found[i]
	count(_before(i)) == 0
	after := [j | some j in _kept; j > i; _pos[_found[j].key] < _pos[s.key]]
	o := _found[after[0]]
}

# Misnumbered: the number as written is not the template position.
report contains result.fail_with(rego.metadata.chain(), "message_number", params, s.loc) if {
	some s in input.sections
	is_number(s.number)
	s.number != _pos[s.key] + 1
	params := {"heading": s.heading, "written": _numeral(s.number), "expected": _numeral(_pos[s.key] + 1)}
}

# _pos is each section's place in the template the report follows (with
# 信息处理费收取情况 as 五 when the report has that section).
_pos := {k: i | some i, k in doc.template_keys}

# _found lists the sections in the order they are written.
_found := [s | some s in input.sections; _pos[s.key]]

_n := count(_found)

# _before(i) lists the kept sections written before section i that the
# template puts after it. (_found[i] comes first so that i is used before
# the comparison j < i: OPA v1.22 fails to evaluate the comprehension
# otherwise.)
_before(i) := [j |
	some j in _kept
	_found[i]
	j < i
	_pos[_found[j].key] > _pos[_found[i].key]
]

# When the sections are written in template order, the usual case, none is
# moved and no subset need be tried (checked first for speed).
_moved contains i if {
	_n > 1
	not _in_order
	some i in numbers.range(0, _n - 1)
	not i in _kept
}

_in_order if not _out_of_order

_out_of_order if {
	some i, s in _found
	i > 0
	_pos[_found[i - 1].key] >= _pos[s.key]
}

# _kept is a longest run of sections in template order (indices into
# _found); of several, the one keeping the earlier-written sections. With
# at most a dozen headings every subset can be tried.
_kept := min({run | some run in _runs; count(run) == _longest}) if _n <= 12

_kept := [i | some i in numbers.range(0, _n - 1); _n > 0; _no_earlier_later(i)] if _n > 12

_no_earlier_later(i) if count([j | some j in numbers.range(0, i); _pos[_found[j].key] > _pos[_found[i].key]]) == 0

_runs contains run if {
	_n > 0
	some mask in numbers.range(1, bits.lsh(1, _n) - 1)
	run := [i | some i in numbers.range(0, _n - 1); bits.and(mask, bits.lsh(1, i)) != 0]
	count([k |
		some k, i in array.slice(run, 1, count(run))
		_pos[_found[run[k]].key] >= _pos[_found[i].key]
	]) == 0
}

_longest := max({count(run) | some run in _runs})

# _numeral writes a section number as headings do: 一 to 十 in Chinese,
# digits otherwise.
_numeral(n) := c if {
	config.lang == "zh"
	c := _cn[n]
} else := sprintf("%v", [n])

_cn := {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
