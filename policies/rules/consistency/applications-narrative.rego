# METADATA
# title: 正文申请数与表三不符
# description: |
#   正文中关于依申请公开的数字应与表三一致：“收到/受理/新收申请N件”对应“一、本年新收
#   政府信息公开申请数量”的总计，“答复/办结/办理/回复/处理N件”对应“（七）总计”，
#   “上年（度）结转N件”对应“二、上年结转政府信息公开申请数量”，“结转下年/顺延N件”
#   对应“四、结转下年度继续办理”；“未收到……申请”表示本年新收为0。只有归属明确时才
#   比较：数字所在分句中紧挨在前的动词决定它指哪一项，分句中出现“其中”、申请人类别、
#   其他年份、同比增减、复议诉讼、行政许可等字样，或同一句对同一项给出不同数字（分项
#   列举）时不作判断。诊断定位到正文中的数字。
# custom:
#   id: consistency/applications-narrative
#   category: consistency
#   severity: warning
#   title_en: Narrative count of applications differs from table 3
#   description_en: |
#     Numbers about applications in the narrative must agree with table 3:
#     "收到/受理/新收 N 件" is the total of row 1 (new applications), "答复/办结/
#     办理/回复/处理 N 件" the 3(7) total, "上年（度）结转 N 件" row 2, "结转下年/顺延
#     N 件" row 4; "未收到……申请" says row 1 is 0. A number is compared only when
#     it is clearly attributed: by the verb just before it in its clause, and
#     not when the clause speaks of a part (其中, a kind of applicant), another
#     year, a change, reconsideration or litigation, licensing, or when the
#     sentence gives different numbers for the same row (an itemisation).
#   basis: 《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 正文称{claim}，与表三“{row}”的总计（{table}）不一致
#     en: "The text states {claim}, but table 3 row \"{row}\" totals {table}"
package nianbao.rules.consistency["applications-narrative"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.narrative
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, a.x.fact.loc) if {
	some a in _attributed
	not _itemised(a)
	t := arithmetic.num(a.target, "total")
	arithmetic.differ(a.x.fact.number, t)
	params := {
		"claim": _claim(a.target, a.x.fact),
		"row": names.app_row(a.target),
		"table": arithmetic.show(t),
	}
}

# (For speed, the table is read first, and only sentences with the words
# the regular expression needs are searched.)
report contains result.fail(rego.metadata.chain(), params, s.loc) if {
	t := arithmetic.num("new_received", "total")
	t > 0
	some s in narrative.sentences_containing("申请")
	_may_deny_receipt(s.text)
	_none_received(s.text)
	params := {
		"claim": _claims.none[config.lang],
		"row": names.app_row("new_received"),
		"table": arithmetic.show(t),
	}
}

# _attributed lists the facts clearly attributed to a row of table 三.
# (The facts are tested before they are placed in their sentences, for
# speed.)
_attributed contains {"x": x, "target": target} if {
	some i, f in input.facts
	_about_applications(f)
	x := narrative.fact(i)
	_application_clause(x)
	not _blocked(narrative.clause_before(x))
	region := narrative.before(x)
	target := _target(x, region)
	_year_ok(region, target)
}

_about_applications(f) if {
	f.unit in {"件", "条"}
	contains(f.sentence, "申请")
	regex.match(`依申请|公开申请|申请公开|信息公开的申请|申请信息公开`, f.sentence)
}

_about_applications(f) if {
	f.unit in {"件", "条"}
	contains(f.sentence, "申请")
	f.section == "applications"
}

# _application_clause holds when the number's clause speaks of 申请, or
# continues a clause that does ("受理申请3119件，答复3050件").
_application_clause(x) if contains(narrative.clause_before(x), "申请")

_application_clause(x) if {
	earlier := [y | some y in narrative.siblings(x); y.end <= x.start]
	count(earlier) > 0
	contains(narrative.clause_before(earlier[count(earlier) - 1]), "申请")
}

# Words in the number's clause that make it a part, another period or
# another matter.
_blocked(clause) if regex.match(`未|尚|正在|仍|待|继续|不予|予以|部分|无法|其中|自然人|法人|企业|组织|机构|较|同比|环比|增|减|复议|诉讼|许可|信访|投诉|举报|咨询|热线|信箱|留言|来信|来电|来访|建议|提案|议案|诉求|工单|审批|政务服务|舆情|平均|占|分别|季度|半年`, clause)

_blocked(clause) if regex.match(`\d+\s*月`, regex.replace(clause, `12\s*月\s*(31\s*日|底)|1\s*月\s*1\s*日`, ""))

# A year other than the reporting year; 上年/去年 except in 上年结转.
_year_ok(region, target) if {
	not narrative.years_other_than(region, input.year)
	not _last_year(region, target)
}

_last_year(region, _) if regex.match(`去年|前年`, region)

_last_year(region, target) if {
	target != "carried_over"
	regex.match(`上一?年`, region)
}

# _target is the row a fact is attributed to: 顺延/结转 right after the
# number, else the keyword nearest before it in its clause.
_target(x, region) := "carried_forward" if {
	regex.match(`^\s*[余多]?\s*(件|条)\s*(顺延|结转)`, narrative.after(x))
} else := target if {
	hits := [[p, t] |
		some t, words in _keywords
		some w in words
		some p in indexof_n(region, w)
	]
	count(hits) > 0
	target := max(hits)[1]
}

_keywords := {
	"carried_over": ["上年结转", "上年度结转", "上一年结转", "上一年度结转"],
	"carried_forward": ["结转到下", "结转至下", "结转下年", "结转下一年", "顺延"],
	"new_received": ["收到", "受理", "新收", "接收"],
	"total_processed": ["答复", "办结", "办理", "回复", "处理"],
}

# _itemised holds when the sentence gives other numbers for the same row:
# a breakdown by channel or kind, not a total.
_itemised(a) if {
	some b in _attributed
	b.target == a.target
	b.x.index != a.x.index
	narrative.same_sentence(b.x.fact, a.x.fact)
	b.x.fact.number != a.x.fact.number
}

# _may_deny_receipt holds for a sentence with the verb _none_received
# needs (tested first, for speed).
_may_deny_receipt(text) if contains(text, "收到")

_may_deny_receipt(text) if contains(text, "接到")

# _none_received holds for a sentence saying no application was received
# ("未收到依申请公开办件", "全年未收到政府信息公开申请").
_none_received(text) if {
	some clause in narrative.clauses(text)
	some m in regex.find_all_string_submatch_n(`(^|[^人])(未|没有)(收到|接到)([^\d]{0,30}?)申请`, clause, -1)
	not regex.match(`复议|诉讼|许可|信访|投诉|举报|咨询|答复|告知`, m[4])
	not regex.match(`\d\s*[件条]`, clause)
	not narrative.years_other_than(clause, input.year)
	not regex.match(`去年|上年|上一年`, clause)
}

_claim(target, f) := sprintf(_claims[target].zh, [arithmetic.show(f.number), f.unit]) if config.lang == "zh"

_claim(target, f) := sprintf(_claims[target].en, [arithmetic.show(f.number)]) if config.lang != "zh"

_claims := {
	"new_received": {"zh": "收到申请%s%s", "en": "%s applications received"},
	"total_processed": {"zh": "办理（答复）申请%s%s", "en": "%s applications handled"},
	"carried_over": {"zh": "上年结转申请%s%s", "en": "%s applications carried over from last year"},
	"carried_forward": {"zh": "结转下年度办理的申请%s%s", "en": "%s applications carried forward to next year"},
	"none": {"zh": "未收到申请", "en": "that no application was received"},
}
