# METADATA
# title: 发布过早
# description: |
#   年度报告总结的是整个报告年度，应在该年度结束后发布。落款日期在报告年度
#   12月31日当天或之前时报告，位置在该日期。常见原因是日期或报告年度写错。
#   报告没有落款日期时，按网页标注的页面发布日期（source.page_date）核对，
#   消息中注明所用的是“落款日期”还是“页面发布日期”。
# custom:
#   id: dates/published-early
#   category: dates
#   severity: error
#   title_en: Published too early
#   description_en: |
#     The report covers the whole reporting year and is published after the
#     year has ended. A date under the signature on or before 31 December of
#     the reporting year is reported at that date; usually the date or the
#     reporting year is wrong. A report with no such date is checked by the
#     date of the web page around it (source.page_date), and the message
#     says which date it used.
#   basis: 《中华人民共和国政府信息公开条例》第四十九条
#   message:
#     zh: "{source}{date}不在报告年度（{year}年）结束之后"
#     en: "Published on {date} ({source}), before the reporting year {year} had ended"
package nianbao.rules.dates["published-early"]

import data.nianbao.lib.phrases
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, published.loc) if {
	year := phrases.year
	year != null
	published := phrases.publication
	published.date <= sprintf("%d-12-31", [year])
	params := {"source": phrases.publication_source, "date": phrases.date_text(published.date), "year": year}
}
