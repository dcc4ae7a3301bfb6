# METADATA
# title: Narrative helpers
# description: |
#   Where the numbers of the narrative stand in their sentences, for the
#   consistency rules: every fact with its offset in its sentence, the words
#   of its clause before and after it, the other facts of its sentence; the
#   sentences of the narrative (also those without a number) and where each
#   one is, so that a rule can read "收到申请13件" or "未发生行政复议" and
#   compare it with a table.
#
#   Offsets are counted in code points of the fact's sentence. A clause is
#   the text between two of ，,；;：:（）()。!?！？.
package nianbao.lib.narrative

# facts lists the facts whose number could be found in their sentence,
# each as {"index", "fact", "start", "end"}: start is the offset of the
# number, end the offset just after it (before the unit).
facts := [x | some i, _ in input.facts; x := fact(i)]

# fact is the entry of facts for input.facts[i]; undefined when its number
# cannot be found in its sentence. The document gives the place (start and
# end, which nianbao derives for every document it lints); a fact without
# it is placed here, as nianbao places it (see _placed). A rule that wants
# only some facts tests input.facts[i] first and then asks for fact(i),
# which makes only those (OPA keeps each one made for the other rules).
fact(i) := {"index": i, "fact": f, "start": f.start, "end": f.end} if {
	f := input.facts[i]
	is_number(f.start)
} else := _placed(i)

# placed maps the index of each fact of facts to its entry.
placed := {i: x | some i, _ in input.facts; x := fact(i)}

# _placed is fact(i) for a fact without its place: the k-th fact with this
# number and unit in the sentence is the k-th place where the number
# stands before the unit. (For speed, the pattern of the unit is made once
# per unit, not once per place: a number such as "1" stands in many
# places.)
_placed(i) := {"index": i, "fact": f, "start": start, "end": start + n} if {
	f := input.facts[i]
	n := count(f.raw)
	after := _unit_after(f.unit)
	m := count(f.unit) + 4
	places := [p |
		some p in indexof_n(f.sentence, f.raw)
		regex.match(after, substring(f.sentence, p + n, m))
		not _glued(f.sentence, p)
	]
	start := places[_earlier(i, f)]
}

# _unit_after is the pattern of what follows a number with this unit.
_unit_after(unit) := sprintf(`^\s*[余多]?\s*%s`, [_quote_meta(unit)])

# same_sentence holds when two facts stand in the same sentence.
same_sentence(f, g) if {
	f.sentence == g.sentence
	f.sentence_loc == g.sentence_loc
}

# siblings lists the facts of x's sentence (x included), in order.
siblings(x) := [y | some j in sort(_sentence_facts[[x.fact.sentence, x.fact.sentence_loc]]); y := fact(j)]

siblings(x) := [] if not x.fact.sentence_loc

# fact_sentences lists each sentence with facts once, as {"text", "facts"}:
# its text and its facts in order (siblings of each of them).
fact_sentences := fact_sentences_with("")

# fact_sentences_with lists the sentences of fact_sentences whose text
# contains word (only their facts are placed: for speed).
fact_sentences_with(word) := {{"text": text, "facts": fs} |
	some [text, _], indices in _sentence_facts
	contains(text, word)
	fs := [y | some j in sort(indices); y := fact(j)]
	count(fs) > 0
}

# _sentence_facts maps each sentence (text and location, as same_sentence
# compares them) to the indices of its facts in input.facts. (Grouped once,
# for speed: comparing every fact with every other grew with the square of
# their number. The partial rule is read in full through this complete
# one: looking a key up in the partial rule itself evaluates it again for
# each lookup, a third more allocations for narrative.facts.)
_sentence_facts := _by_sentence

_by_sentence[[f.sentence, f.sentence_loc]] contains i if some i, f in input.facts

# _earlier counts the facts before fact i with its number and unit in its
# sentence (none when the fact has no sentence location, as same_sentence
# then holds for no fact). The facts are grouped once in _alike for this,
# rather than comparing every pair of facts, which grew with the square of
# their number (read in full, as _sentence_facts is).
_earlier(i, f) := count([j | some j in _alike[[f.sentence, f.sentence_loc, f.raw, f.unit]]; j < i]) if {
	f.sentence_loc
} else := 0

_alike := _alike_facts

_alike_facts[[f.sentence, f.sentence_loc, f.raw, f.unit]] contains j if some j, f in input.facts

_glued(s, p) if {
	p > 0
	regex.match(`[0-9.\-A-Za-z第]`, substring(s, p - 1, 1))
}

_quote_meta(s) := regex.replace(s, `([\\.+*?()|\[\]{}^$%])`, `\$1`)

# approximate holds for a number given as an approximation ("100余条",
# "约30条").
approximate(x) if regex.match(`^\s*[余多]`, substring(x.fact.sentence, x.end, 2))

approximate(x) if {
	x.start > 0
	regex.match(`[约近逾超]`, substring(x.fact.sentence, x.start - 1, 1))
}

# clause_start is the offset where the clause holding offset pos begins:
# just after the last clause delimiter before pos, or 0. (Found as the
# length of the run without delimiters that ends at pos: one regular
# expression instead of a search for each delimiter, for speed.)
clause_start(s, pos) := count(head) - count(run) if {
	head := substring(s, 0, pos)
	run := regex.find_n(`[^,，;；:：()（）。!?！？]*$`, head, 1)[0]
}

# clause_end is the offset where the clause holding offset pos ends: at the
# first delimiter from pos on, or at the end.
clause_end(s, pos) := pos + count(run) if {
	run := regex.find_n(`^[^,，;；:：()（）。!?！？]*`, substring(s, pos, -1), 1)[0]
}

# clause_before is the text of x's clause before its number.
clause_before(x) := substring(x.fact.sentence, b, x.start - b) if b := clause_start(x.fact.sentence, x.start)

# before is the text just before x's number: from the start of its clause
# or the end of the previous number in the clause, whichever is later.
before(x) := substring(x.fact.sentence, b, x.start - b) if {
	c := clause_start(x.fact.sentence, x.start)
	b := max(array.concat([c], [y.end | some y in siblings(x); y.end <= x.start]))
}

# after is the text of x's clause after its number (the unit first).
after(x) := substring(x.fact.sentence, x.end, e - x.end) if e := clause_end(x.fact.sentence, x.end)

# sentences lists the sentences of the narrative (preamble and sections):
# the document's sentences, each as {"text", "section", "loc"}, without the
# final 。 and surrounding space.
sentences contains {"text": bare(s.text), "section": s.section, "loc": s.loc} if some s in input.sentences

# sentences_containing(word) lists the sentences whose text contains word,
# a word without white space or 。!?！？ at its ends: those of sentences,
# found without making the others (for speed).
sentences_containing(word) := {{"text": bare(s.text), "section": s.section, "loc": s.loc} |
	some s in input.sentences
	contains(s.text, word) # the same as in the text without what bare trims
}

# clauses cuts a sentence into clauses.
clauses(s) := [t |
	some p in regex.split(`[,，;；:：()（）。!?！？]`, s)
	t := trim_space(p)
	t != ""
]

# bare is the text of a sentence of the document without the final 。 and
# surrounding space, as sentences gives it.
bare(s) := trim_space(trim_right(trim_space(s), "。!?！？"))

# years_other_than holds when text names a year other than year
# ("2023年" in a 2024 report).
years_other_than(text, year) if {
	some m in regex.find_all_string_submatch_n(`(\d{4})\s*年`, text, -1)
	to_number(m[1]) != year
}

# vocabulary holds, as data, the words by which the consistency rules tell
# what a number of the narrative counts. Each entry is a list of plain
# words (read through patterns), except where it says otherwise.
vocabulary := {
	# Words that introduce the parts of the total before them ("共X条，
	# 其中a条、b条", "X条，信息类别包括…a条…").
	"itemise": ["其中", "包括", "包含", "涵盖", "涉及"],
	# The itemising words that may name only some of the parts.
	"inclusive": ["包括", "包含", "涵盖", "涉及"],
	# A word just before an itemising word that makes the list a selection
	# ("主要涉及").
	"mainly": ["主要"],
	# Words that name the rest, so that a list with such a part is
	# complete ("其他应主动公开的政府信息14条").
	"catch_all": ["其他", "其它", "其余"],
	# Words that, at the start of a clause, begin another statement: the
	# parts of a total end before them ("…其他信息856条)另有解读40条").
	"new_statement": ["另有", "另外", "此外", "同时", "并", "还", "全年", "本年", "今年"],
	# Words of a count of a change, which is not a part ("注销5家…新增3家").
	"change": ["新增", "增加", "减少", "注销", "撤销", "关停", "下线", "同比", "环比", "较上年", "增长", "下降"],
	# The verbs that attribute a number of applications to a row of table
	# 三, by row (an object).
	"application_rows": {
		"carried_over": ["上年结转", "上年度结转", "上一年结转", "上一年度结转"],
		"carried_forward": ["结转到下", "结转至下", "结转下年", "结转下一年", "顺延"],
		"new_received": ["收到", "受理", "新收", "接收"],
		"total_processed": ["答复", "办结", "办理", "回复", "处理"],
	},
	# Words that make a number of applications a part of a total: a result,
	# a kind of applicant, a share ("给予同意公开答复1件", "予以公开1件",
	# "属于已主动公开答复数1条", "自然人申请3件").
	"application_part": [
		"其中", "予以", "给予", "同意", "部分", "不予", "无法", "属于", "告知",
		"自然人", "法人", "企业", "组织", "机构", "分别", "占", "平均",
	],
	# Words that make a number in a sentence about applications count
	# something else: another period, a change, another procedure or
	# channel of requests, work not finished.
	"application_other": [
		"未", "尚", "正在", "仍", "待", "继续", "较", "同比", "环比", "增", "减",
		"复议", "诉讼", "许可", "信访", "投诉", "举报", "咨询", "热线", "信箱",
		"留言", "来信", "来电", "来访", "建议", "提案", "议案", "诉求", "工单",
		"审批", "政务服务", "舆情", "季度", "半年",
	],
	# Words that, with a word of carried_over, say a number of applications
	# received includes those carried over ("22件（含上年结转2件）").
	"includes": ["含", "包括", "包含", "其中", "连同"],
	# What a count of documents in force is said with.
	"in_force": ["现行有效"],
	# The kinds of document table 二 counts in force, by row (an object).
	"document_kinds": {"规范性文件": "normative_documents", "规章": "regulations"},
	# Words that contain a kind and name something else.
	"not_document_kinds": ["规章制度"],
	# Words of another count of documents than the number in force.
	"document_other": [
		"废止", "废除", "失效", "修改", "修订", "清理", "制发", "制定", "新制",
		"出台", "印发", "审核", "审查", "备案", "新增", "增加", "减少", "分别",
		"其中", "累计",
	],
}

# patterns holds, for each list of vocabulary, a regular expression that
# matches any of its words; application_rows and document_kinds give one
# for all their words. (Rules each use one or two of them: each is made
# when it is first looked up, not all of them for every report.)
patterns[key] := concat("|", words) if {
	some key, words in vocabulary
	is_array(words)
}

patterns.application_rows := concat("|", [w | some words in vocabulary.application_rows; some w in words])

patterns.document_kinds := concat("|", object.keys(vocabulary.document_kinds))

# words_pattern is a regular expression that matches any of words: plain
# words, without a character that is special in a regular expression (as
# the words of vocabulary are: they are not quoted, for speed).
words_pattern(words) := concat("|", words)

# depth is the bracket depth at offset pos of text: 0 throughout a text
# without brackets, which is tested first (for speed: the depth of every
# number of a sentence may be asked).
depth(text, pos) := 0 if {
	not regex.match(`[()（）]`, text)
} else := ((strings.count(head, "(") + strings.count(head, "（")) - strings.count(head, ")")) - strings.count(head, "）") if {
	head := substring(text, 0, pos)
}

# bracket_end is the offset of the bracket that closes the one offset pos
# stands in, or the end of text. (The places of a word are only asked for
# when the text has it, here and below: finding them converts the whole
# text to code points, telling whether it has it does not.)
bracket_end(text, pos) := min(array.concat([count(text)], closes)) if {
	d := depth(text, pos)
	rest := substring(text, pos, -1)
	closes := [q |
		some c in [")", "）"]
		contains(rest, c)
		some i in indexof_n(rest, c)
		q := pos + i
		depth(text, q + 1) < d
	]
}

# statement_end is the offset where the statement that offset pos stands
# in ends: the start of the first clause after pos, at its bracket depth,
# that begins with a word of vocabulary.new_statement; or the end of text.
statement_end(text, pos) := min(array.concat([count(text)], ends)) if {
	rest := substring(text, pos, -1)
	d := depth(text, pos)
	ends := [q |
		some w in vocabulary.new_statement
		contains(rest, w)
		some i in indexof_n(rest, w)
		q := pos + i
		q > pos
		c := clause_start(text, q)
		trim_space(substring(text, c, q - c)) == ""
		depth(text, q) == d
	]
}

# fact_sentences_matching lists the sentences of fact_sentences whose text
# matches the regular expression re (only their facts are placed: for
# speed).
fact_sentences_matching(re) := {{"text": text, "facts": fs} |
	some [text, _], indices in _sentence_facts
	regex.match(re, text)
	fs := [y | some j in sort(indices); y := fact(j)]
	count(fs) > 0
}
