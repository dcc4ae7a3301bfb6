package nianbao.lib.narrative_test

import data.nianbao.lib.narrative

# facts_in returns the facts of a sentence on line 5 (from column 1), as the
# parser gives them: pairs lists each [raw, unit] in order, the k-th pair
# with this raw and unit standing at the k-th place where raw stands before
# unit (with 余 or 多 between them, as in "1000余条"). It is undefined when
# some pair cannot be found, so that no test runs on fewer facts than it
# names.
facts_in(sentence, section, pairs) := fs if {
	fs := [f |
		some i, [raw, unit] in pairs
		k := count([j | some j, p in pairs; j < i; p == [raw, unit]])
		f := {
			"section": section,
			"sentence": sentence,
			"number": to_number(replace(raw, ",", "")),
			"raw": raw,
			"unit": unit,
			"loc": fact_loc(sentence, raw, unit, k),
			"sentence_loc": sentence_loc(sentence),
		}
	]
	count(fs) == count(pairs)
}

# fact_loc is the location facts_in gives the k-th raw before unit in
# sentence: the number, any 余 or 多, and the unit.
fact_loc(sentence, raw, unit, k) := loc if {
	[pos, written] := _places(sentence, raw, unit)[k]
	loc := {"line": 5, "column": pos + 1, "end_line": 5, "end_column": (pos + 1) + count(written)}
}

_places(sentence, raw, unit) := [[p, w] |
	some p in indexof_n(sentence, raw)
	some w in [concat("", [raw, unit]), concat("", [raw, "余", unit]), concat("", [raw, "多", unit])]
	substring(sentence, p, count(w)) == w
]

sentence_loc(sentence) := {"line": 5, "column": 1, "end_line": 5, "end_column": count(sentence) + 1}

_s := "共公开信息30条,其中:动态30条;指南130条,另有约5条"

test_facts_are_found_in_their_sentence if {
	fs := facts_in(_s, "overview", [["30", "条"], ["30", "条"], ["130", "条"], ["5", "条"]])
	xs := narrative.facts with input as {"facts": fs}
	[x.start | some x in xs] == [5, 14, 20, 28]
	[x.end | some x in xs] == [7, 16, 23, 29]
}

test_the_documents_places_are_taken if {
	fs := facts_in(_s, "overview", [["30", "条"], ["130", "条"]])
	placed := [object.union(fs[0], {"start": 14, "end": 16}), object.union(fs[1], {"start": null, "end": null})]
	xs := narrative.facts with input as {"facts": placed}

	# The place the document gives; without one, the fact is placed here.
	[[x.start, x.end] | some x in xs] == [[14, 16], [20, 23]]
}

test_clause_words_around_a_fact if {
	fs := facts_in(_s, "overview", [["30", "条"], ["30", "条"], ["130", "条"], ["5", "条"]])
	xs := narrative.facts with input as {"facts": fs}
	narrative.clause_before(xs[1]) == "动态" with input as {"facts": fs}
	narrative.before(xs[0]) == "共公开信息" with input as {"facts": fs}
	narrative.after(xs[2]) == "条" with input as {"facts": fs}
	narrative.approximate(xs[3]) with input as {"facts": fs}
	not narrative.approximate(xs[2]) with input as {"facts": fs}
}

test_before_stops_at_the_previous_number_of_the_clause if {
	s := "受理申请13件、办结12件"
	fs := facts_in(s, "applications", [["13", "件"], ["12", "件"]])
	xs := narrative.facts with input as {"facts": fs}
	narrative.before(xs[1]) == "件、办结" with input as {"facts": fs}
	narrative.clause_before(xs[1]) == "受理申请13件、办结" with input as {"facts": fs}
}

test_a_number_glued_to_another_is_not_the_fact if {
	s := "2030条和30条"
	fs := facts_in(s, "overview", [["30", "条"]])

	# facts_in finds the first "30条" (inside 2030条); the library skips it.
	xs := narrative.facts with input as {"facts": [object.union(fs[0], {"raw": "30"})]}
	xs[0].start == 6
}

test_years_other_than if {
	narrative.years_other_than("2023年收到", 2024)
	not narrative.years_other_than("2024 年收到", 2024)
	not narrative.years_other_than("全年收到", 2024)
}

test_sentences_come_from_the_document_with_their_location if {
	loc := {"line": 9, "column": 3, "end_line": 9, "end_column": 40}
	doc := {
		"sentences": [{"section": "applications", "text": "全年未收到政府信息公开申请。", "loc": loc}],
		"sections": [{"key": "applications", "text": "这段文字不再被切分。", "subsections": [], "loc": {"line": 1, "column": 1, "end_line": 1, "end_column": 5}}],
		"facts": [],
	}
	ss := narrative.sentences with input as doc
	ss == {{"text": "全年未收到政府信息公开申请", "section": "applications", "loc": loc}}
}

test_facts_grouped_by_sentence if {
	s1 := "受理申请13件、办结12件"
	s2 := "公开信息30条"
	fs := array.concat(facts_in(s1, "applications", [["13", "件"], ["12", "件"]]), [object.union(facts_in(s2, "overview", [["30", "条"]])[0], {"sentence_loc": {"line": 6, "column": 1, "end_line": 6, "end_column": 7}})])
	groups := narrative.fact_sentences with input as {"facts": fs}
	{[g.text, [x.index | some x in g.facts]] | some g in groups} == {[s1, [0, 1]], [s2, [2]]}
	xs := narrative.facts with input as {"facts": fs}
	[x.index | some x in narrative.siblings(xs[1])] == [0, 1] with input as {"facts": fs}
}

test_a_fact_without_sentence_location_has_no_siblings if {
	fs := [object.remove(facts_in("公开信息30条", "overview", [["30", "条"]])[0], ["sentence_loc"])]
	xs := narrative.facts with input as {"facts": fs}
	xs[0].start == 4
	narrative.siblings(xs[0]) == [] with input as {"facts": fs}
	count(narrative.fact_sentences) == 0 with input as {"facts": fs}
}

test_fact_is_the_entry_of_facts if {
	fs := facts_in(_s, "overview", [["30", "条"], ["30", "条"], ["130", "条"], ["5", "条"]])
	xs := narrative.facts with input as {"facts": fs}
	every x in xs {
		narrative.fact(x.index) == x with input as {"facts": fs}
	}
	glued := [object.union(facts_in("2030条", "overview", [["2030", "条"]])[0], {"raw": "30"})]
	not narrative.fact(0) with input as {"facts": glued}
}

test_fact_sentences_with_a_word if {
	s1 := "受理申请13件、办结12件，其中当场答复3件"
	s2 := "公开信息30条"
	fs := array.concat(
		facts_in(s1, "applications", [["13", "件"], ["12", "件"], ["3", "件"]]),
		[object.union(facts_in(s2, "overview", [["30", "条"]])[0], {"sentence_loc": {"line": 6, "column": 1, "end_line": 6, "end_column": 7}})],
	)
	groups := narrative.fact_sentences_with("其中") with input as {"facts": fs}
	{[g.text, [x.index | some x in g.facts]] | some g in groups} == {[s1, [0, 1, 2]]}
	count(narrative.fact_sentences) == 2 with input as {"facts": fs}
}

test_sentences_containing_a_word if {
	doc := {
		"sentences": [
			{"section": "applications", "text": " 全年未收到政府信息公开申请。", "loc": {"line": 3, "column": 1, "end_line": 3, "end_column": 15}},
			{"section": "applications", "text": "无。", "loc": {"line": 4, "column": 1, "end_line": 4, "end_column": 3}},
		],
		"facts": [],
	}
	ss := narrative.sentences_containing("申请") with input as doc
	ss == {s | some s in narrative.sentences; contains(s.text, "申请")} with input as doc
	[s.text | some s in ss] == ["全年未收到政府信息公开申请"]
}

# _delims are the characters that end a clause.
_delims := [",", "，", ";", "；", ":", "：", "(", ")", "（", "）", "。", "!", "?", "！", "？"]

# The clause bounds are those of the delimiters nearest to the offset on
# either side, for every offset of sentences with and without delimiters.
test_clause_bounds_at_every_offset if {
	every s in ["共公开信息30条,其中:动态30条;指南130条（含解读5条）。另有约5条", "没有分隔符的一句话", "，开头和结尾都是分隔符！", ""] {
		every pos in numbers.range(0, count(s)) {
			narrative.clause_start(s, pos) == max(array.concat([0], [q |
				some d in _delims
				some p in indexof_n(substring(s, 0, pos), d)
				q := p + 1
			]))
			narrative.clause_end(s, pos) == min(array.concat([count(s)], [q |
				some d in _delims
				some p in indexof_n(substring(s, pos, -1), d)
				q := pos + p
			]))
		}
	}
}
