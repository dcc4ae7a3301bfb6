# METADATA
# title: Phrases
# description: |
#   Helpers for rules that read the narrative: sentences, word lists, the
#   reporting year, and dates written in the message language.
package nianbao.lib.phrases

import data.nianbao.lib.config
import data.nianbao.lib.report

# squeeze removes all white space: PDF and scraped text break lines, and
# put spaces, inside words.
squeeze(s) := strings.replace_n(_white_space, s)

# _white_space maps each white-space character of regular expressions
# (\s: tab, line feed, form feed, carriage return, space) to nothing:
# strings.replace_n removes them in one pass, several times faster than
# regex.replace on a section's text.
_white_space := {"\t": "", "\n": "", "\f": "", "\r": "", " ": ""}

# sentences splits text on "。" into its non-empty sentences, white space
# removed. (White space is removed from the whole text at once, which gives
# the same sentences as removing it from each, with one regular expression
# instead of one per sentence.)
sentences(text) := [t |
	some t in split(squeeze(text), "。")
	t != ""
]

# narrative_sentences are the sentences of the whole narrative (preamble and
# every section).
narrative_sentences := sentences(report.narrative)

# mentions holds when text contains one of words.
mentions(text, words) if {
	some w in words
	contains(text, w)
}

# section_text is a section's whole text: its narrative and its
# subsections' headings and text (a subsection heading may stand on a line
# that the section text does not repeat).
section_text(sec) := concat("\n", array.concat([sec.text], [concat("\n", [object.get(sub, "heading", ""), object.get(sub, "text", "")]) | some sub in object.get(sec, "subsections", [])]))

# year is the reporting year, null when unknown.
year := y if {
	y := object.get(input, "year", null)
	is_number(y)
} else := null

# year_from(y) holds when the report is for year y or later, or its year is
# unknown (rules that apply from some year on give an unknown year the
# benefit of the doubt the other way: they check it).
year_from(_) if year == null

year_from(y) if year >= y

# date_text writes an ISO date ("2025-01-19") as messages quote it:
# "2025年1月19日" in Chinese, unchanged in English.
date_text(iso) := sprintf("%d年%d月%d日", ymd) if {
	config.lang == "zh"
	ymd := _ymd(iso)
} else := iso

# publication is the date the deadline rules check, as {"date", "loc",
# "from"}: the report's own date under its signature (published, from
# "signature"), else, for a report that gives none, the date of the page
# around it (source.page_date, from "page"); undefined when neither is a
# date.
publication := {"date": input.published.date, "loc": input.published.loc, "from": "signature"} if {
	is_date(object.get(input, ["published", "date"], null))
} else := {"date": p.date, "loc": p.loc, "from": "page"} if {
	is_date(object.get(input, ["source", "page_date", "date"], null))
	p := input.source.page_date
}

# publication_source names where publication comes from, as messages
# say it: "落款日期" or "页面发布日期".
publication_source := _publication_sources[publication.from][config.lang]

_publication_sources := {
	"signature": {"zh": "落款日期", "en": "the date under the signature"},
	"page": {"zh": "页面发布日期", "en": "the date of the web page; the report gives none"},
}

# is_date holds for an ISO date string "YYYY-MM-DD"; such strings compare
# as dates.
is_date(s) if {
	is_string(s)
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, s)
}

_ymd(iso) := [to_number(p) | some p in split(iso, "-")] if is_date(iso)
