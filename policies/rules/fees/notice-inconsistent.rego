# METADATA
# title: 收费通知与正文矛盾
# description: |
#   表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理
#   其政府信息公开申请”的总计大于0，说明本年度发出过收费通知；而正文却说没有
#   产生信息处理费（“未产生”“没有产生”“未发生”……处理费）或没有发出收费
#   通知（“未发出”“没有发出”“未出具”……收费通知）。位置在表三该单元格，
#   消息引用正文的句子。只写“未收取”不矛盾：发出了收费通知而申请人没有缴费，
#   本来就没有收到费用。请核对表格和正文。
# custom:
#   id: fees/notice-inconsistent
#   category: fees
#   severity: warning
#   title_en: Fee notices contradict the text
#   description_en: |
#     Table 3 row (6)2 (the applicant did not pay as a fee notice required)
#     is above 0, so fee notices were issued this year, while a sentence of
#     the text says no information processing fee arose (未产生, 没有产生,
#     未发生 … 处理费) or no fee notice was issued (未发出, 没有发出, 未出具 …
#     收费通知). Reported at the table cell, quoting the sentence. "Not
#     collected" (未收取) alone is no contradiction: a notice was issued and
#     not paid.
#   basis: 国办函〔2020〕109号《政府信息公开信息处理费管理办法》；国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 表三“{row}”总计为{count}，但正文称“{sentence}”
#     en: 'Table 3 row "{row}" totals {count}, but the text says "{sentence}"'
package nianbao.rules.fees["notice-inconsistent"]

import data.nianbao.lib.names
import data.nianbao.lib.phrases
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, cell.loc) if {
	cell := input.tables.applications.rows.other_unpaid_fee.total
	is_number(cell.value)
	cell.value > 0
	denials := [s | some s in phrases.narrative_sentences; _denies(s)]
	count(denials) > 0
	params := {"row": names.app_row("other_unpaid_fee"), "count": cell.value, "sentence": _quote(denials[0])}
}

# _denies: the sentence, without the titles of documents it cites, says
# no fee arose or no fee notice was issued.
_denies(sentence) if {
	s := regex.replace(sentence, `《[^》]*》`, "")
	some what, words in _denials
	contains(s, what)
	phrases.mentions(s, words)
}

# _denials maps what a sentence may deny to the words that deny it.
_denials := {
	"处理费": ["未产生", "没有产生", "未发生", "没有发生"],
	"收费通知": ["未发出", "没有发出", "未出具", "没有出具"],
}

# _quote quotes the sentence from the clause that holds the denial, and
# at most 60 characters of it.
_quote(sentence) := _shorten(concat("", ["…", clause])) if {
	clause := _clause(sentence)
	clause != sentence
} else := _shorten(sentence)

_clause(sentence) := regex.find_n(_from_denial, sentence, 1)[0]

# _from_denial matches from the start of the clause with a denying word to
# the end of the sentence.
_from_denial := sprintf(`[^，,；;]*(%s).*$`, [concat("|", [w | some words in _denials; some w in words])])

_shorten(s) := s if count(s) <= 60

_shorten(s) := concat("", [substring(s, 0, 60), "…"]) if count(s) > 60
