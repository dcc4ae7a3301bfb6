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
# cannot be found in its sentence. Finding it takes some work, so a rule
# that wants only some facts tests input.facts[i] first and then asks for
# fact(i) (for speed), rather than going through facts.
#
# The k-th fact with this number and unit in the sentence is the k-th place
# where the number stands before the unit. (For speed, the pattern of the
# unit is made once per unit, not once per place: a number such as "1"
# stands in many places.)
fact(i) := {"index": i, "fact": f, "start": start, "end": start + n} if {
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
sentences contains _sentence(s) if some s in input.sentences

# sentences_containing(word) lists the sentences whose text contains word,
# a word without white space or 。!?！？ at its ends: those of sentences,
# found without making the others (for speed).
sentences_containing(word) := {_sentence(s) |
	some s in input.sentences
	contains(s.text, word) # the same as in the text without what _bare trims
}

_sentence(s) := {"text": _bare(s.text), "section": s.section, "loc": s.loc}

# clauses cuts a sentence into clauses.
clauses(s) := [t |
	some p in regex.split(`[,，;；:：()（）。!?！？]`, s)
	t := trim_space(p)
	t != ""
]

_bare(s) := trim_space(trim_right(trim_space(s), "。!?！？"))

# years_other_than holds when text names a year other than year
# ("2023年" in a 2024 report).
years_other_than(text, year) if {
	some m in regex.find_all_string_submatch_n(`(\d{4})\s*年`, text, -1)
	to_number(m[1]) != year
}
