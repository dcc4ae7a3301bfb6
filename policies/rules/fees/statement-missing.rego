# METADATA
# title: 未说明信息处理费收取情况
# description: |
#   《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）自2021年1月1日起
#   施行，要求在年度报告中说明信息处理费的收取情况，通常写在“六、其他需要报告
#   的事项”中，如“本年度未收取信息处理费”或“收取信息处理费0元”。2021年度
#   及以后（或年度不明）的报告中没有任何一句话说明是否收取信息处理费时报告。
#   只写“无”或“暂无需要报告的其他事项”不算说明；表二中的“行政事业性收费”
#   是另一种费用，也不算。
# custom:
#   id: fees/statement-missing
#   category: fees
#   severity: error
#   title_en: No statement on information processing fees
#   description_en: |
#     The Measures on Information Processing Fees (国办函〔2020〕109号), in
#     force since 1 January 2021, require the annual report to say whether
#     information processing fees (信息处理费) were charged, usually in
#     section 6: "本年度未收取信息处理费" or "收取信息处理费0元". Reported for
#     reports for 2021 or later (or of unknown year) in which no sentence
#     says so. "无" or "暂无需要报告的其他事项" alone does not; the
#     administrative fees (行政事业性收费) of table 2 are a different fee.
#   basis: 国办函〔2020〕109号《政府信息公开信息处理费管理办法》
#   message:
#     zh: 报告未说明是否收取信息处理费，应在“{section}”中说明（如“本年度未收取信息处理费”）
#     en: 'The report never says whether information processing fees (信息处理费) were charged; state it in "{section}" (e.g. 本年度未收取信息处理费)'
package nianbao.rules.fees["statement-missing"]

import data.nianbao.lib.names
import data.nianbao.lib.phrases
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"section": names.section("other_matters")}, doc.section_anchor("other_matters")) if {
	phrases.year_from(2021)
	not _stated
}

# _stated: some sentence about the information processing fee says whether
# it was charged. Titles of documents (《…信息处理费管理办法》) and other
# fees called 处理费 (sewage, refuse) do not count.
_stated if {
	some sentence in phrases.narrative_sentences
	contains(sentence, "费") # needed below; tested first for speed
	s := regex.replace(regex.replace(sentence, `《[^》]*》`, ""), `(污水|垃圾|废物|污泥)处理费`, "")
	contains(s, "处理费")
	phrases.mentions(s, ["收取", "收费", "产生", "未", "没有", "无", "元"])
}
