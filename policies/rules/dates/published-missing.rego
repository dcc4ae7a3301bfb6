# METADATA
# title: 缺少发布日期
# description: |
#   报告末尾落款下应写明成文或发布日期，据此可以核对是否在条例第四十九条规定
#   的期限内发布。报告中找不到发布日期时报告，位置在报告末尾。请在落款下补写
#   日期。
# custom:
#   id: dates/published-missing
#   category: dates
#   severity: warning
#   title_en: Publication date missing
#   description_en: |
#     The date under the signature at the end of the report shows whether
#     it was published within the deadline of article 49 of the
#     Regulations. Reported at the end of the report when no such date is
#     found.
#   basis: 《中华人民共和国政府信息公开条例》第四十九条
#   message:
#     zh: 未找到发布日期（报告末尾落款下的日期）
#     en: No publication date found (the date under the signature at the end)
package nianbao.rules.dates["published-missing"]

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, object.get(input, "end", null)) if {
	object.get(input, "published", null) == null
}
