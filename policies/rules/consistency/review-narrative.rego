# METADATA
# title: 正文复议诉讼情况与表四不符
# description: |
#   正文说没有发生（未发生、无、没有、未被……提起）政府信息公开行政复议或行政诉讼，
#   表四的行政复议总计或行政诉讼总计（未经复议直接起诉与复议后起诉之和）却大于0；
#   或者正文“行政复议N件”“行政诉讼N件”的数字与表四的总计不同。两处必有一处是错的，
#   请核对。说到“被纠错”“败诉”“撤销”等结果的句子不作判断，“未经复议直接起诉”
#   “尚未审结”不算否定。诊断定位到正文的句子或数字。
# custom:
#   id: consistency/review-narrative
#   category: consistency
#   severity: warning
#   title_en: Narrative on reconsideration or litigation differs from table 4
#   description_en: |
#     The text says there was no administrative reconsideration or litigation
#     about disclosure (未发生, 无, 没有, 未被……提起) while table 4 has a
#     reconsideration total, or a litigation total (direct plus after
#     reconsideration), above 0; or the text gives "行政复议 N 件" or
#     "行政诉讼 N 件" and N is not table 4's total. Sentences about outcomes
#     (被纠错, 败诉, 撤销) are not judged; 未经复议直接起诉 and 尚未审结 are not
#     negations. The diagnostic points at the sentence or the number.
#   basis: 《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表四
#   message:
#     zh: 正文称{claim}，但表四{what}为{table}
#     en: "The text states {claim}, but table 4 gives {what} {table}"
package nianbao.rules.consistency["review-narrative"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.narrative
import data.nianbao.lib.result

# A sentence saying there was none. (For speed, the sentences are only
# read when table 四 has a case, and only those that can name one.)
report contains result.fail(rego.metadata.chain(), params, s.loc) if {
	_some_case
	some s in input.sentences
	_may_name_cases(s.text)
	some kind in _denied(narrative.bare(s.text))
	t := _total[kind]
	t > 0
	params := {
		"claim": _texts.none[kind][config.lang],
		"what": _texts.what[kind][config.lang],
		"table": arithmetic.show(t),
	}
}

# A number right after 行政复议 or 行政诉讼. (For speed, the clause is only
# searched in sentences that name either, and only their facts are placed.)
report contains result.fail(rego.metadata.chain(), params, x.fact.loc) if {
	count(_total) > 0
	some i, f in input.facts
	f.unit == "件"
	contains(f.sentence, "公开")
	_names_case(f.sentence)
	x := narrative.fact(i)
	some m in regex.find_all_string_submatch_n(`(行政复议|行政诉讼)(案件|申请|案)?(共计|共|合计|总计)?\s*$`, narrative.clause_before(x), 1)
	kind := _kind_of[m[1]]
	t := _total[kind]
	arithmetic.differ(x.fact.number, t)
	params := {
		"claim": _count_claim(kind, x.fact),
		"what": _texts.what[kind][config.lang],
		"table": arithmetic.show(t),
	}
}

# _some_case holds when table 四 has a case.
_some_case if {
	some t in _total
	t > 0
}

# _may_name_cases holds when a sentence has the characters of 复议 or 诉讼,
# which a clause must hold to deny either (also once the words that deny
# nothing are cut out of it).
_may_name_cases(text) if {
	contains(text, "复")
	contains(text, "议")
}

_may_name_cases(text) if {
	contains(text, "诉")
	contains(text, "讼")
}

_names_case(text) if contains(text, "行政复议")

_names_case(text) if contains(text, "行政诉讼")

_kind_of := {"行政复议": "reconsideration", "行政诉讼": "litigation"}

# _total is table 四's reconsideration total and litigation total (direct
# plus after reconsideration).
_total["reconsideration"] := arithmetic.review_num("reconsideration", "total")

_total["litigation"] := t if {
	parts := [v |
		some g in ["litigation_direct", "litigation_after_review"]
		v := arithmetic.review_num(g, "total")
	]
	count(parts) == 2
	t := sum(parts)
}

# _denied is the set of kinds ("reconsideration", "litigation") a sentence
# says did not occur.
_denied(text) := {kind |
	some clause in narrative.clauses(text)
	c := _without_false_negations(clause)
	not regex.match(`纠错|纠正|败诉|撤销|确认违法|维持|被告|\d+\s*[件起例宗]`, c)
	some scope in _negated(c)
	some word, kind in _kind_words
	contains(scope, word)
}

_kind_words := {"复议": "reconsideration", "诉讼": "litigation"}

# _negated lists the parts of a clause that a negation governs: what
# follows 未/无/没有, or what precedes 均未发生/为零.
_negated(c) := array.concat(
	[m[2] | some m in regex.find_all_string_submatch_n(`(未|无|没有)(.*)$`, c, 1)],
	[m[1] | some m in regex.find_all_string_submatch_n(`^(.*?)(均未发生|未发生|均为零|为零|均为0|为0|均无)`, c, 1)],
)

# Words with 未/无 that deny nothing about whether a case occurred.
_without_false_negations(c) := regex.replace(c, `未经复议|尚未审结|未审结|未结案|未办结|无法|无正当|未按|未予|无论|未来`, "")

_count_claim(kind, f) := sprintf(_texts.count[kind].zh, [arithmetic.show(f.number), f.unit]) if config.lang == "zh"

_count_claim(kind, f) := sprintf(_texts.count[kind].en, [arithmetic.show(f.number)]) if config.lang != "zh"

_texts := {
	"none": {
		"reconsideration": {"zh": "未发生行政复议", "en": "that there was no administrative reconsideration"},
		"litigation": {"zh": "未发生行政诉讼", "en": "that there was no administrative litigation"},
	},
	"count": {
		"reconsideration": {"zh": "行政复议%s%s", "en": "%s administrative reconsiderations"},
		"litigation": {"zh": "行政诉讼%s%s", "en": "%s administrative lawsuits"},
	},
	"what": {
		"reconsideration": {"zh": "行政复议总计", "en": "a reconsideration total of"},
		"litigation": {"zh": "行政诉讼总计（未经复议直接起诉与复议后起诉之和）", "en": "a litigation total (direct and after reconsideration) of"},
	},
}
