# METADATA
# title: 使用过时模板
# description: |
#   自2021年度报告起，年度报告应使用国办公开办函〔2021〕30号印发的格式。报告年度为
#   2021年或以后，表二却出现2019年版模板（国办公开办函〔2019〕60号）的特征——
#   “本年新制作数量”“本年新公开数量”“对外公开总数量”“上一年项目数量”“本年增/减”
#   等列、“其他对外管理服务事项”行或第二十条第（九）项“政府集中采购”——说明报告
#   套用了旧表格。请按新格式重新填写表二（本年制发件数、本年废止件数、现行有效件数、
#   本年处理决定数量、本年收费金额）。只有“规范性文件”一词的差别不足以认定（见
#   template/label-typo），“（六）其他处理”只有一行的情形见 template/row-mismatch。
# custom:
#   id: template/outdated
#   category: template
#   severity: error
#   title_en: Outdated template
#   description_en: |
#     From the 2021 report on, reports use the format issued with
#     国办公开办函〔2021〕30号. A report for 2021 or later whose table 2 shows
#     signatures of the 2019 template (国办公开办函〔2019〕60号) — columns such
#     as 本年新制作数量, 本年新公开数量, 对外公开总数量, 上一年项目数量,
#     本年增/减, the row 其他对外管理服务事项 or the item 政府集中采购 — was
#     filled in on the old table. The label 规范性文件 alone is not conclusive
#     (see template/label-typo); a single 3(6) row is reported by
#     template/row-mismatch.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: "{year}年度报告使用了2019年版模板（国办公开办函〔2019〕60号）：出现{signatures}；2021年度起应使用国办公开办函〔2021〕30号的格式"
#     en: "The {year} report uses the 2019 template (国办公开办函〔2019〕60号): {signatures}; reports for 2021 and later use the format of 国办公开办函〔2021〕30号"
package nianbao.rules.template.outdated

import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, first.loc) if {
	is_number(input.year)
	input.year >= 2021
	count(_strong) > 0
	sorted := sort([[e.loc.line, e.loc.column, i] | some i, e in _strong])
	first := _strong[sorted[0][2]]
	params := {
		"year": input.year,
		"signatures": names.list(_quoted),
	}
}

# _strong lists the conclusive 2019-template signatures, in document order.
_strong := [e |
	some e in object.get(input, "template_evidence", [])
	e.weak == false
	e.signal != "single_other_handling"
]

_quoted := [_quote(t) | some i, e in _strong; t := e.text; not _seen_before(i, t)]

_quote(t) := sprintf("“%s”", [t]) if config.lang == "zh"

_quote(t) := sprintf("\"%s\"", [t]) if config.lang != "zh"

_seen_before(i, t) if {
	some j, e in _strong
	j < i
	e.text == t
}
