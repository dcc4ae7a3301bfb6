# METADATA
# title: 正文申请数与表三不符
# description: |
#   正文中关于依申请公开的总数应与表三一致：“收到/受理/新收申请N件”对应“一、本年新收
#   政府信息公开申请数量”的总计（正文说明含上年结转时，如“22件（含上年结转2件）”，对应
#   一与“二、上年结转政府信息公开申请数量”之和），“答复/办结/办理/回复/处理N件”对应
#   “（七）总计”，“上年（度）结转N件”对应“二、上年结转政府信息公开申请数量”，“结转
#   下年/顺延N件”对应“四、结转下年度继续办理”；“未收到……申请”表示本年新收为0。只比较
#   总数，不比较分项：数字所在分句中紧挨在前的动词决定它指哪一项；分句中出现办理结果或
#   申请人类别（“其中”“予以公开”“给予同意公开答复”“属于”“自然人”等）的是分项，括号
#   里的收到数、答复数（“（属于已主动公开答复数1条……）”）和同一句中“其中”“包括”等
#   之后、同一项总数之后的数字也是分项。分句中出现其他年份、同比增减、复议诉讼、行政许可
#   等字样，或同一句对同一项给出不同的总数时不作判断。诊断定位到正文中的数字。
# custom:
#   id: consistency/applications-narrative
#   category: consistency
#   severity: warning
#   title_en: Narrative count of applications differs from table 3
#   description_en: |
#     Totals of applications in the narrative must agree with table 3:
#     "收到/受理/新收 N 件" is the total of row 1 (new applications; row 1
#     plus row 2 when the text says the number includes those carried over,
#     "22件（含上年结转2件）"), "答复/办结/办理/回复/处理 N 件" the 3(7) total,
#     "上年（度）结转 N 件" row 2, "结转下年/顺延 N 件" row 4; "未收到……申请"
#     says row 1 is 0. Only totals are compared, not their parts: the verb
#     just before a number in its clause says which row it counts; a number
#     whose clause names a result or a kind of applicant (其中, 予以公开,
#     给予同意公开答复, 属于, 自然人…) is a part, and so are numbers of
#     applications received or handled in brackets ("（属于已主动公开答复数
#     1条…）") and numbers after 其中, 包括… that follow a total of the same
#     row in the sentence. Nothing is said when the clause speaks of another
#     year, a change, reconsideration or litigation, licensing, or when the
#     sentence gives different totals for the same row.
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
	some a in _totals
	not _itemised(a)
	[t, row, claim] := _compared(a)
	arithmetic.differ(a.x.fact.number, t)
	params := {
		"claim": _claim(claim, a.x.fact),
		"row": row,
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

# _compared is what a total is compared with: the table's total, the
# row's name and the claim. A number received that includes those carried
# over is compared with rows 一 and 二 together.
_compared(a) := [t, names.app_row(a.target), a.target] if {
	not _with_carried_over(a)
	t := arithmetic.num(a.target, "total")
} else := [t, _rows_with_carried_over, "with_carried_over"] if {
	t := arithmetic.num("new_received", "total") + arithmetic.num("carried_over", "total")
}

_rows_with_carried_over := concat(_row_joint[config.lang], [names.app_row("new_received"), names.app_row("carried_over")])

_row_joint := {"zh": "”加“", "en": "\" plus \""}

# _with_carried_over holds for a number received that the text says
# includes the applications carried over: "共收到申请22件（含上年结转2件）",
# "受理申请22件，其中上年结转2件", "连同上年结转申请共受理22件".
_with_carried_over(a) if {
	a.target == "new_received"
	regex.match(_includes_carried_over_after, substring(a.x.fact.sentence, a.x.end, 30))
}

_with_carried_over(a) if {
	a.target == "new_received"
	regex.match(_includes_carried_over_before, narrative.clause_before(a.x))
}

_includes_carried_over_after := sprintf(`^\s*[余多]?\s*[件条]\s*[(（,，]?\s*(%s)[^)）,，;；。]*(%s)`, [narrative.patterns.includes, _carried_over])

_includes_carried_over_before := sprintf(`(%s)[^,，;；]*(%s)`, [narrative.patterns.includes, _carried_over])

_carried_over := narrative.words_pattern(narrative.vocabulary.application_rows.carried_over)

# _candidates lists the facts attributed to a row of table 三 by the verb
# before them. (The facts are tested before they are placed in their
# sentences, for speed.)
_candidates contains {"x": x, "target": target} if {
	some i, f in input.facts
	_about_applications(f)
	x := narrative.fact(i)
	_application_clause(x)
	not _blocked(narrative.clause_before(x))
	region := narrative.before(x)
	target := _target(x, region)
	_year_ok(region, target)
}

# _totals are the candidates that are not parts of another number.
_totals := {a | some a in _candidates; not _part(a)}

# A number of applications received or handled in brackets is a part of
# the number the brackets follow ("办结2件（属于已主动公开答复数1条…）"); one
# carried over or forward is not ("答复3050件（含上年度结转申请34件，另有103件
# 顺延到下年度答复）").
_part(a) if {
	a.target in {"new_received", "total_processed"}
	narrative.depth(a.x.fact.sentence, a.x.start) > 0
}

# A number after 其中, 包括… that follows a number of the same row in its
# sentence is a part of it.
_part(a) if {
	some b in _candidates
	b.target == a.target
	narrative.same_sentence(b.x.fact, a.x.fact)
	b.x.end <= a.x.start
	between := substring(a.x.fact.sentence, b.x.end, a.x.start - b.x.end)
	regex.match(narrative.patterns.itemise, between)
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

# _application_clause holds when the number's clause speaks of 申请, before
# the number or just after its unit ("收到20件政府信息公开申请"), or
# continues a clause that does ("受理申请3119件，答复3050件").
_application_clause(x) if contains(narrative.clause_before(x), "申请")

_application_clause(x) if regex.match(`^\s*[余多]?\s*[件条]\s*(政府信息公开|信息公开|依申请公开|公开)?申请`, narrative.after(x))

_application_clause(x) if {
	earlier := [y | some y in narrative.siblings(x); y.end <= x.start]
	count(earlier) > 0
	contains(narrative.clause_before(earlier[count(earlier) - 1]), "申请")
}

# Words in the number's clause that make it a part, another period or
# another matter.
_blocked(clause) if regex.match(_not_a_total, clause)

_blocked(clause) if regex.match(`\d+\s*月`, regex.replace(clause, `12\s*月\s*(31\s*日|底)|1\s*月\s*1\s*日`, ""))

_not_a_total := concat("|", [narrative.patterns.application_part, narrative.patterns.application_other])

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
		some t, words in narrative.vocabulary.application_rows
		some w in words
		some p in indexof_n(region, w)
	]
	count(hits) > 0
	target := max(hits)[1]
}

# _itemised holds when the sentence gives other totals for the same row:
# a breakdown by channel or kind, not a total.
_itemised(a) if {
	some b in _totals
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
	"with_carried_over": {"zh": "收到申请（含上年结转）%s%s", "en": "%s applications received, with those carried over"},
	"none": {"zh": "未收到申请", "en": "that no application was received"},
}
