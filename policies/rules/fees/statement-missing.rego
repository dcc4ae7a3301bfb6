# METADATA
# title: 未说明信息处理费收取情况
# description: |
#   《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）自2021年1月1日起
#   施行，要求在年度报告中说明信息处理费的收取情况，通常写在“六、其他需要报告
#   的事项”中，如“本年度未收取信息处理费”“本年度没有产生信息公开处理费”
#   “政府信息公开未发生收费情况”或“收取信息处理费0元”；2025年起的报告可以
#   在“五、信息处理费收取情况”中以表格说明。2021年度及以后（或年度不明）的
#   报告中既没有这样的表格，也没有任何一句话说明是否收取信息处理费时报告。
#   只写“无”或“暂无需要报告的其他事项”不算说明；表二中的“行政事业性收费”
#   是另一种费用，只说行政事业性收费的句子也不算。
# custom:
#   id: fees/statement-missing
#   category: fees
#   severity: error
#   title_en: No statement on information processing fees
#   description_en: |
#     The Measures on Information Processing Fees (国办函〔2020〕109号), in
#     force since 1 January 2021, require the annual report to say whether
#     information processing fees (信息处理费) were charged, usually in
#     section 6: "本年度未收取信息处理费", "本年度没有产生信息公开处理费",
#     "政府信息公开未发生收费情况" or "收取信息处理费0元"; reports from 2025
#     on may give the table of section 5 (信息处理费收取情况) instead.
#     Reported for reports for 2021 or later (or of unknown year) with
#     neither such a table nor a sentence that says so. "无" or
#     "暂无需要报告的其他事项" alone does not; the administrative fees
#     (行政事业性收费) of table 2 are a different fee, and a sentence about
#     them alone is no statement.
#   basis: 国办函〔2020〕109号《政府信息公开信息处理费管理办法》
#   message:
#     zh: 报告未说明是否收取信息处理费，应在“{section}”中说明（如“本年度未收取信息处理费”）
#     en: 'The report never says whether information processing fees (信息处理费) were charged; state it in "{section}" (e.g. 本年度未收取信息处理费)'
package nianbao.rules.fees["statement-missing"]

import data.nianbao.lib.names
import data.nianbao.lib.phrases
import data.nianbao.lib.report as doc
import data.nianbao.lib.result
import data.nianbao.lib.vocabulary

report contains result.fail(rego.metadata.chain(), {"section": names.section(_where)}, doc.section_anchor(_where)) if {
	phrases.year_from(2021)
	not _stated
}

# _where is the section where the statement belongs: 信息处理费收取情况 in
# reports that have that section, else 其他需要报告的事项.
_where := "processing_fees" if doc.sections.processing_fees

_where := "other_matters" if not doc.sections.processing_fees

# _stated: the 2025 template's fee table holds a figure, or the section it
# stands in holds one as text (a table the parser could not read), or some
# sentence says whether the fee was charged.
_stated if {
	some cell in input.tables.processing_fees.cells
	is_number(cell.value)
}

_stated if {
	text := phrases.squeeze(doc.sections.processing_fees.text)
	regex.match(`[0-9]`, regex.replace(text, `[0-9]{4}年度?`, ""))
}

_stated if {
	some sentence in phrases.narrative_sentences
	contains(sentence, "费") # needed below; tested first for speed
	_states(sentence)
}

_v := vocabulary.fee_statement

# _states: the sentence, without what _v.ignore names (titles of documents,
# other fees), names the fee and says whether it was charged, or says that
# disclosure gave rise to no fee.
_states(sentence) if {
	s := _without_ignored(sentence)
	phrases.mentions(s, _v.fee)
	_says(s)
}

_states(sentence) if {
	s := _without_ignored(sentence)
	phrases.mentions(s, _v.disclosure)
	phrases.mentions(s, _v.charge)
	phrases.mentions(s, _v.said)
}

_says(s) if phrases.mentions(s, _v.said)

_says(s) if regex.match(_v.amount, s)

_without_ignored(sentence) := regex.replace(sentence, concat("|", _v.ignore), "")
