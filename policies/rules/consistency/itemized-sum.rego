# METADATA
# title: 分项之和与总数不符
# description: |
#   正文“共X条，其中a条；b条……”列举分项时，分项之和应等于总数X。每个“其中”的分项是它
#   后面与第一个分项单位相同的数字，直到下一组的总数为止，总数是它前面最近的同单位
#   数字；“其中”写在括号里时，分项到括号结束为止，括号里的再分项不计入外层。至少两个分项才比较，约数
#   （“余”“多”“约”）和以“等”结尾的列举不比较。诊断定位到总数X。
# custom:
#   id: consistency/itemized-sum
#   category: consistency
#   severity: warning
#   title_en: Itemised numbers do not add up
#   description_en: |
#     When the text itemises a total ("共X条，其中a条；b条…"), the items must
#     add up to X. The items of each 其中 are the numbers after it with the
#     unit of the first one, up to the next group's total; its total is the
#     last number with that unit before it; a 其中 inside brackets ends with
#     the bracket, and a
#     bracketed breakdown of an item is not counted again. At least two items
#     are needed; approximate numbers (余, 多, 约) and lists ending in 等 are
#     not compared. The diagnostic points at X.
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
	not _open_ended(g)
	s := sum([y.fact.number | some y in g.items])
	arithmetic.differ(s, g.total.fact.number)
	params := {
		"total": arithmetic.show(g.total.fact.number),
		"sum": arithmetic.show(s),
		"unit": _unit(g.total.fact.unit),
		"items": concat("+", [arithmetic.show(y.fact.number) | some y in g.items]),
	}
}

_unit(u) := u if config.lang == "zh"

_unit(_) := "" if config.lang != "zh"

# _sentences lists each sentence with numbers and 其中 once, with its facts
# (only those can have groups; for speed, the others are left alone).
_sentences := narrative.fact_sentences_with("其中")

# _groups lists each 其中 with its total and items: the items are the
# numbers after it at its bracket depth, with the unit of the first one; the
# total is the last number with that unit before it.
_groups contains {"total": total, "items": items} if {
	some s in _sentences
	some p in indexof_n(s.text, "其中")
	depth := _depth(s.text, p)
	bracket_end := _bracket_end(s.text, p, depth)
	following := [y |
		some y in s.facts
		y.start > p
		y.start < bracket_end
		y.fact.unit != "%"
		_depth(s.text, y.start) == depth
	]
	count(following) > 0
	unit := following[0].fact.unit
	preceding := [y | some y in s.facts; y.end <= p; y.fact.unit == unit]
	count(preceding) > 0
	total := preceding[count(preceding) - 1]
	stop := min([bracket_end, _next_total(s, p, unit)])
	items := [y | some y in following; y.start < stop; y.fact.unit == unit]
}

# _depth is the bracket depth at offset pos: 0 throughout a text without
# brackets, which is tested first (for speed: the depth of every number of
# the sentence is asked).
_depth(text, pos) := 0 if {
	not regex.match(`[()（）]`, text)
} else := _count_any(head, ["(", "（"]) - _count_any(head, [")", "）"]) if head := substring(text, 0, pos)

_count_any(text, chars) := sum([n | some c in chars; n := count(indexof_n(text, c))])

# _bracket_end is the offset of the bracket closing the one the 其中 at p
# stands in, or the end of the sentence.
_bracket_end(text, p, depth) := min(array.concat([count(text)], closes)) if {
	closes := [q |
		some c in [")", "）"]
		some i in indexof_n(substring(text, p, -1), c)
		q := p + i
		_depth(text, q + 1) < depth
	]
}

# _next_total is the offset of the total of the next 其中 of the sentence
# (the last number with the unit before it), or the end of the sentence.
_next_total(s, p, unit) := min(array.concat([count(s.text)], starts)) if {
	starts := [y.start |
		some q in indexof_n(s.text, "其中")
		q > p
		preceding := [z | some z in s.facts; z.end <= q; z.fact.unit == unit]
		count(preceding) > 0
		y := preceding[count(preceding) - 1]
		y.start > p
	]
}

# _open_ended holds when the list ends in 等 ("…20条等").
_open_ended(g) if {
	last := g.items[count(g.items) - 1]
	unit := last.fact.unit
	regex.match(sprintf(`^\s*[余多]?\s*%s\s*等`, [unit]), substring(last.fact.sentence, last.end, count(unit) + 4))
}
