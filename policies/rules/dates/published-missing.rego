# METADATA
# title: 缺少发布日期
# description: |
#   报告末尾落款下应写明成文或发布日期，据此可以核对是否在条例第四十九条规定
#   的期限内发布。报告中找不到发布日期时报告，位置在报告末尾。网页上标注的
#   页面发布日期（source.page_date）不是报告自己的日期，有它也照样报告，消息中
#   注明该日期（发布期限按它核对）。请在落款下补写日期。
# custom:
#   id: dates/published-missing
#   category: dates
#   severity: warning
#   title_en: Publication date missing
#   description_en: |
#     The date under the signature at the end of the report shows whether
#     it was published within the deadline of article 49 of the
#     Regulations. Reported at the end of the report when no such date is
#     found, also when the web page around the report gives a date
#     (source.page_date): that is not the report's own date; the message
#     then names it (the deadline is checked by it).
#   basis: 《中华人民共和国政府信息公开条例》第四十九条
#   message:
#     zh: 未找到发布日期（报告末尾落款下的日期）
#     en: No publication date found (the date under the signature at the end)
#   message_page:
#     zh: 未找到发布日期（报告末尾落款下的日期），只有页面发布日期{date}
#     en: No publication date found (the date under the signature at the end); only the web page gives one, {date}
package nianbao.rules.dates["published-missing"]

import data.nianbao.lib.phrases
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, object.get(input, "end", null)) if {
	object.get(input, "published", null) == null
	not _page_date
}

report contains result.fail_with(rego.metadata.chain(), "message_page", {"date": phrases.date_text(_page_date)}, object.get(input, "end", null)) if {
	object.get(input, "published", null) == null
}

# _page_date is the date of the web page around the report, if any.
_page_date := d if {
	d := object.get(input, ["source", "page_date", "date"], null)
	phrases.is_date(d)
}
