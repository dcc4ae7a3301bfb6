# METADATA
# title: 年份不一致
# description: |
#   标题中的年度、统计期限的年份和发布年份减一应当相同：2024年度的报告统计
#   2024年1月1日至12月31日的数据，于2025年发布。其中任意两个不一致时报告，
#   列出各处的年份，位置在标题（没有标题时在统计期限）。常见原因是沿用上一年
#   的报告时漏改了年份。
# custom:
#   id: dates/year-mismatch
#   category: dates
#   severity: error
#   title_en: Years disagree
#   description_en: |
#     The year in the title, the year of the statistical period and the
#     publication year minus one must agree: the 2024 report covers 1
#     January to 31 December 2024 and is published in 2025. Reported, at
#     the title (or the period), when two of them disagree; the message
#     lists each year and where it comes from. Often a year was left
#     unchanged when last year's report was reused.
#   basis: 《中华人民共和国政府信息公开条例》第四十九条；国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 报告年份不一致：{years}
#     en: "The report's years disagree: {years}"
package nianbao.rules.dates["year-mismatch"]

import data.nianbao.lib.config
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"years": concat(_sep[config.lang], [s.text | some s in _sources])}, _anchor) if {
	count({s.year | some s in _sources}) > 1
}

_years := object.get(input, "years", {})

# _sources lists the reporting year as each source gives it, in the order
# title, period, publication.
_sources := [s |
	some key in ["title", "period", "published"]
	y := object.get(_years, key, null)
	is_number(y)
	s := _source(key, y)
]

_source("title", y) := {"year": y, "text": sprintf({"zh": "标题为%d年", "en": "title %d"}[config.lang], [y])}

_source("period", y) := {"year": y, "text": sprintf({"zh": "统计期限为%d年", "en": "statistical period %d"}[config.lang], [y])}

_source("published", y) := {"year": y - 1, "text": sprintf({"zh": "发布于%d年（对应%d年度）", "en": "published in %d (the %d report)"}[config.lang], [y, y - 1])}

_sep := {"zh": "，", "en": "; "}

_anchor := input.title.loc if {
	is_number(object.get(_years, "title", null))
	is_object(input.title)
} else := input.period.loc if {
	is_object(input.period)
} else := object.get(input, ["published", "loc"], null)
