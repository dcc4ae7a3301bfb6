# METADATA
# title: 文字差错
# description: |
#   正文中明显的文字差错：没有哪个词会叠用的字或词连写了两遍（“的的”“资金资金”），
#   或标题套用了两种编号（“一、（一）总体情况”）。诊断定位到差错处，以提示级别
#   报告。叠字、叠词的清单在本规则的 METADATA 中（doubled_chars、doubled_words），
#   一个地区可以在数据文件中用 region.text_quality.doubled_words 追加自己的词。
# custom:
#   id: structure/text-quality
#   category: structure
#   severity: info
#   doubled_chars: ["的", "了", "和", "与", "及", "在", "是", "对", "将", "已", "为", "并", "从", "向", "于", "把", "被", "按", "其"]
#   doubled_words: ["资金", "工作", "信息", "公开", "政府", "申请", "情况", "政务", "管理", "服务", "部门", "单位", "进一步", "加强", "落实", "办理"]
#   title_en: Slips in the text
#   description_en: |
#     Obvious slips in the text: a character or word that no Chinese word
#     doubles written twice ("的的", "资金资金"), or a heading numbered in two
#     schemes ("一、（一）总体情况"). Reported at the slip, at info level. The
#     lists are in this rule's METADATA (doubled_chars, doubled_words); a
#     region adds words of its own in a data file as
#     region.text_quality.doubled_words.
#   basis: 《党政机关公文格式》（GB/T 9704—2012）；《党政机关公文处理工作条例》第十九条
#   message:
#     zh: "“{text}”连写了两遍，疑为笔误"
#     en: "\"{text}\" is written twice, a slip?"
#   message_numbering:
#     zh: "标题“{heading}”套用了两种编号"
#     en: "The heading \"{heading}\" is numbered in two schemes"
package nianbao.rules.structure["text-quality"]

import data.nianbao.lib.result

_meta := result.meta(rego.metadata.chain()).custom

# _doubles are the lists of characters and words that no word doubles.
_doubles := [_meta.doubled_chars, _meta.doubled_words, _region_words]

# _region_words are a region's own (region.text_quality.doubled_words in
# a data file).
_region_words := words if {
	words := data.region.text_quality.doubled_words
} else := []

report contains result.fail(rego.metadata.chain(), {"text": twice}, _at(s.loc, indexof(s.text, twice), count(twice))) if {
	some twice in _found
	some s in input.sentences
	contains(s.text, twice)
}

# _found are the words of _doubles that stand written twice ("的的")
# somewhere in the narrative: each is looked for once in the whole text,
# and only the few found are looked for in each sentence. (For speed:
# looking for every word in every sentence took some 1,300 searches a
# report, ten times what the rest of the rules took.)
_found := {t |
	some words in _doubles
	some w in words
	t := concat("", [w, w])
	contains(_narrative, t)
}

# _narrative is every sentence's text, one to a line (a doubled word does
# not span two sentences).
_narrative := concat("\n", [s.text | some s in input.sentences])

# A heading whose own number is followed by another scheme's: the
# heading as stored has its number taken off, and starts with one more.
report contains result.fail_with(rego.metadata.chain(), "message_numbering", {"heading": h.text}, h.loc) if {
	some h in _headings
	regex.match(`^\s*(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|[0-9]{1,2}[、.．])`, h.text)
}

_headings contains {"text": s.heading, "loc": s.loc} if some s in input.sections

_headings contains {"text": sub.heading, "loc": sub.loc} if {
	some s in input.sections
	some sub in s.subsections
}

# _at is the place of n characters at i in a sentence on one line, else
# the sentence.
_at(loc, i, n) := {"line": loc.line, "column": loc.column + i, "end_line": loc.line, "end_column": (loc.column + i) + n} if {
	loc.end_line == loc.line
} else := loc
