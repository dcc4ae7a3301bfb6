# METADATA
# title: 分项之和与总数不符
# description: |
#   正文列举一个总数的分项时，分项之和应等于总数。认得的写法：“共X条，其中a条；b条……”，
#   “X条，包括（涵盖、涉及）……a条……”，“在……的X条……中，……a条，……b条”。每组分项
#   是列举词（“其中”“包括”等，或“在……X条……中”一句的结尾）之后与第一个分项（“在……中”
#   时与总数）单位相同的数字，到下一组的总数、括号结束或以“另有”“此外”“同时”等开头的
#   分句为止；总数是列举词前最近的同单位数字（“在……中”时是该分句里的数字）。括号里的再
#   分项不计入外层。只有分项明确是该总数的组成时才比较：至少两个分项，没有约数（“余”
#   “多”“约”），分项不是增减变化（“新增”“注销”“同比”等）。分项可能不全的列举（以
#   “等”结尾，“包括”“涉及”“主要……”或“在……中”引出，且没有“其他”一类的兜底项）只在
#   分项之和超过总数时报告。诊断定位到总数X。
# custom:
#   id: consistency/itemized-sum
#   category: consistency
#   severity: warning
#   title_en: Itemised numbers do not add up
#   description_en: |
#     When the text itemises a total, the items must add up to it. The forms
#     read are "共X条，其中a条；b条…", "X条，包括（涵盖、涉及）…a条…" and
#     "在…的X条…中，…a条，…b条". The items of each list are the numbers after
#     its itemising word (其中, 包括…, or the end of the clause 在…X…中) with
#     the unit of the first item (for 在…中, of the total), up to the next
#     list's total, the end of the bracket, or a clause that begins another
#     statement (另有, 此外, 同时…); the total is the last number with that
#     unit before the itemising word (for 在…中, the number of that clause).
#     A bracketed breakdown of an item is not counted again. Only clear
#     breakdowns are compared: at least two items, no approximate number
#     (余, 多, 约), no item that counts a change (新增, 注销, 同比…). A list
#     that may be partial (ending in 等, introduced by 包括, 涉及, 主要… or
#     在…中, without a catch-all item such as 其他…) is reported only when its
#     items add up to more than the total. The diagnostic points at X.
#   basis: 《中华人民共和国政府信息公开条例》第五十条
#   message:
#     zh: 总数{total}{unit}与其后所列分项之和{sum}{unit}（{items}）不一致
#     en: "The total {total} does not equal the sum of the items listed after it, {sum} ({items})"
package nianbao.rules.consistency["itemized-sum"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.narrative
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, g.total.fact.loc) if {
	some g in _groups
	count(g.items) >= 2
	not narrative.approximate(g.total)
	every y in g.items {
		not narrative.approximate(y)
	}
	s := sum([y.fact.number | some y in g.items])
	arithmetic.differ(s, g.total.fact.number)
	_wrong(g, s)
	not _counts_changes(g)
	params := {
		"total": arithmetic.show(g.total.fact.number),
		"sum": arithmetic.show(s),
		"unit": _unit(g.total.fact.unit),
		"items": concat("+", [arithmetic.show(y.fact.number) | some y in g.items]),
	}
}

# Items that do not add up to the total are wrong in a complete list; in
# a list that may be partial, only when they add up to more. (The sum is
# compared first, the list read only when it differs: for speed.)
_wrong(g, _) if not _partial(g)

_wrong(g, s) if s > g.total.fact.number

_unit(u) := u if config.lang == "zh"

_unit(_) := "" if config.lang != "zh"

# _sentences lists each sentence with numbers that may itemise once, with
# its facts (only those can have lists; for speed, the others are left
# alone).
_sentences := narrative.fact_sentences_matching(sprintf(`%s|在[^,，;；:：()（）]*\d[^,，;；:：()（）]*中`, [narrative.patterns.itemise]))

# _marks lists where the lists of a sentence begin: each itemising word,
# as {"word", "at", "end"} (its offset and the offset after it), and each
# clause "在…中" with one number in it, as {"word": "在", "at", "end",
# "total"} (the offset of 在, the end of the clause, and its number).
_marks(s) := {m |
	some w in narrative.vocabulary.itemise
	contains(s.text, w) # tested first, for speed: indexof_n reads the text as code points
	some p in indexof_n(s.text, w)
	m := {"word": w, "at": p, "end": p + count(w)}
} | {m |
	contains(s.text, "在")
	some p in indexof_n(s.text, "在")
	e := narrative.clause_end(s.text, p)
	e > p + 1
	substring(s.text, e - 1, 1) == "中"
	inside := [y | some y in s.facts; y.start > p; y.end < e; y.fact.unit != "%"]
	count(inside) == 1
	m := {"word": "在", "at": p, "end": e, "total": inside[0]}
}

# _groups lists each list with its total and items; "partial" tells
# whether its items may be only some of the parts.
_groups contains {"total": total, "items": items, "mark": m, "text": s.text, "facts": s.facts} if {
	some s in _sentences
	marks := _marks(s)
	some m in marks
	[total, unit] := _total(s, m)
	depth := narrative.depth(s.text, m.end)
	close := narrative.bracket_end(s.text, m.end)
	stop := min([close, narrative.statement_end(s.text, m.end), _next_list(s, marks, m, unit)])
	items := [y |
		some y in _at_depth(s, depth)
		y.start >= m.end
		y.start < stop
		y.fact.unit == unit
	]
}

# _total is the total of the list that begins at m, with its unit: the
# number of the clause 在…中, or the last number, before the itemising
# word, with the unit of the first number after it (at its bracket depth,
# before the bracket ends), in the same statement.
_total(s, m) := [m.total, m.total.fact.unit] if m.word == "在"

_total(s, m) := [total, unit] if {
	m.word != "在"
	depth := narrative.depth(s.text, m.at)
	close := narrative.bracket_end(s.text, m.at)
	following := [y |
		some y in _at_depth(s, depth)
		y.start >= m.end
		y.start < close
		y.fact.unit != "%"
	]
	count(following) > 0
	unit := following[0].fact.unit
	preceding := [y | some y in s.facts; y.end <= m.at; y.fact.unit == unit]
	count(preceding) > 0
	total := preceding[count(preceding) - 1]
	narrative.statement_end(s.text, total.end) >= m.at
}

# _at_depth lists the facts of s at bracket depth d (the depth of a
# place in s): all of them when s has no brackets, the usual case, tested
# once for the sentence rather than the depth of each fact (for speed).
_at_depth(s, d) := s.facts if {
	not regex.match(`[()（）]`, s.text)
} else := [y | some y in s.facts; narrative.depth(s.text, y.start) == d]

# _next_list is the offset where the next list of the sentence begins
# with its own total (the last number with the unit before its itemising
# word, or 在), or the end of the sentence.
_next_list(s, marks, m, unit) := min(array.concat([count(s.text)], [q |
	some n in marks
	n.at >= m.end
	q := _list_start(s, n, unit)
	q >= m.end
]))

_list_start(_, n, _) := n.at if n.word == "在"

_list_start(s, n, unit) := y.start if {
	n.word != "在"
	preceding := [z | some z in s.facts; z.end <= n.at; z.fact.unit == unit]
	count(preceding) > 0
	y := preceding[count(preceding) - 1]
}

# _partial holds for a list whose items may be only some of the parts:
# one ending in 等, introduced by an inclusive word or 主要…, or by 在…中,
# unless one of its items is the rest ("其他…").
_partial(g) if {
	_may_be_partial(g)
	not _has_rest(g)
}

_may_be_partial(g) if _open_ended(g)

_may_be_partial(g) if g.mark.word in narrative.vocabulary.inclusive

_may_be_partial(g) if g.mark.word == "在"

_may_be_partial(g) if {
	some w in narrative.vocabulary.mainly
	n := count(w)
	g.mark.at >= n
	substring(g.text, g.mark.at - n, n) == w
}

_has_rest(g) if {
	some y in g.items
	regex.match(narrative.patterns.catch_all, _label(g, y))
}

# _open_ended holds when the list ends in 等 ("…20条等").
_open_ended(g) if {
	last := g.items[count(g.items) - 1]
	unit := last.fact.unit
	regex.match(sprintf(`^\s*[余多]?\s*%s\s*等`, [unit]), substring(last.fact.sentence, last.end, count(unit) + 4))
}

# _counts_changes holds when an item counts a change, not a part.
_counts_changes(g) if {
	some y in g.items
	regex.match(narrative.patterns.change, _label(g, y))
}

# _label is what names item y of g: the text before it, from the start of
# its clause or the end of the number before it in the clause (as
# narrative.before, from the facts the list has at hand: for speed).
_label(g, y) := substring(g.text, b, y.start - b) if {
	c := narrative.clause_start(g.text, y.start)
	b := max(array.concat([c], [z.end | some z in g.facts; z.end <= y.start]))
}
