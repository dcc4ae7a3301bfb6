# METADATA
# title: 把上一年当作本年度
# description: |
#   报告正文以上一年开头叙述本年度的工作（如2024年度报告中写“2023年，我局……”
#   “2023年，在主动公开的61条政府信息中……”），多半是沿用上一年度的报告时漏改了
#   年份，读者会误以为这些工作和数字属于上一年。诊断定位到该年份。与往年比较、
#   引用往年文件的写法（“较2023年增长”“与2023年相比”“《2023年度报告》”）不在
#   此列。
# custom:
#   id: dates/stale-year
#   category: dates
#   severity: warning
#   title_en: Last year written as the reporting year
#   description_en: |
#     The text tells this year's work under last year's year ("2023年，我局…"
#     in the 2024 report), most often a year left unchanged when last year's
#     report was reused; readers take the work and figures for last year's.
#     The diagnostic points at the year. Comparisons with and references to
#     earlier years ("较2023年增长", "与2023年相比", "《2023年度报告》") are
#     not flagged.
#   basis: 《中华人民共和国政府信息公开条例》第四十九条、第五十条
#   message:
#     zh: "{year}年度报告中写作“{phrase}”：像是把上一年当作了本年度（应为{this}年？）"
#     en: "The {year} report writes \"{phrase}\", as if last year were the reporting year ({this}?)"
package nianbao.rules.dates["stale-year"]

import data.nianbao.lib.result

# _after are what follows a year that opens what the body did in it:
# 2023年，… 2023年我局… 2023年度，…
_after := {"，", ",", "我", "本", "全", "共"}

# _before are the characters that make a year a comparison or a reference.
_before := {"较", "比", "与", "同", "自", "从", "至", "到", "于", "截", "和", "及", "、", "《", "“", "\"", "(", "（", "-", "—", "~", "～"}

report contains result.fail(rego.metadata.chain(), params, loc) if {
	this := input.year
	is_number(this)
	last := sprintf("%d年", [this - 1])
	some s in input.sentences
	s.section != ""
	contains(s.text, last) # tested first, for speed: indexof_n reads the text as code points
	some i in indexof_n(s.text, last)
	_opens(s.text, i)
	phrase := substring(s.text, i, 10)
	params := {"year": this, "this": this, "phrase": phrase}
	loc := _at(s.loc, i)
}

_opens(text, i) if {
	_follows(text, i + 5)
	_preceded_well(text, i)
}

_follows(text, j) if substring(text, j, 1) in _after

_follows(text, j) if {
	substring(text, j, 1) == "度"
	substring(text, j + 1, 1) in _after
}

_preceded_well(_, 0)

_preceded_well(text, i) if {
	i > 0
	not substring(text, i - 1, 1) in _before
	not _digit(substring(text, i - 1, 1))
}

_digit(c) if regex.match(`^[0-9]$`, c)

# _at is the place of the year: on the sentence's line when the sentence
# is on one line, else the sentence.
_at(loc, i) := {"line": loc.line, "column": loc.column + i, "end_line": loc.line, "end_column": loc.column + i + 5} if {
	loc.end_line == loc.line
} else := loc
