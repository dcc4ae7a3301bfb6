# METADATA
# title: 人民政府未报告考核、评议和追究情况
# description: |
#   《中华人民共和国政府信息公开条例》第五十条规定，人民政府的年度报告还应
#   包括工作考核、社会评议和责任追究结果情况（通常写在总体情况的“监督保障”
#   部分）。发布机关是人民政府（或代行人民政府职能的管委会等）而报告中没有
#   提到其中某项时报告，列出缺少的各项；“未开展社会评议”这样的说明也算已
#   报告。2019年修订的条例施行前的年度报告不作此检查。发布机关的类别可用
#   --issuer-kind 或配置中的 issuer-kind 指定。
# custom:
#   id: structure/government-accountability
#   category: structure
#   severity: error
#   title_en: Assessment, appraisal and accountability not reported
#   description_en: |
#     Article 50 of the Regulations on Open Government Information requires
#     a people's government's report to state the results of work
#     assessment (工作考核), public appraisal (社会评议) and accountability
#     (责任追究), usually under 监督保障 in section 1. When the issuer is a
#     people's government (or a body acting as one) and the report never
#     mentions one of them, the missing ones are listed; a statement such as
#     "no public appraisal took place" counts. Reports for years before the
#     2019 revision of the Regulations are not checked. The issuer kind can
#     be set with --issuer-kind or issuer-kind in the configuration.
#   basis: 《中华人民共和国政府信息公开条例》第五十条
#   message:
#     zh: 人民政府的年度报告应当报告工作考核、社会评议和责任追究结果情况，报告中未提及：{missing}
#     en: "A people's government must report the results of work assessment, public appraisal and accountability; not mentioned: {missing}"
package nianbao.rules.structure["government-accountability"]

import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.phrases
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"missing": names.list(missing)}, _anchor) if {
	doc.is_people_government
	phrases.year_from(2019)
	text := phrases.squeeze(doc.narrative)
	missing := [item.name[config.lang] | some item in _items; not phrases.mentions(text, item.words)]
	count(missing) > 0
}

_items := [
	{"name": {"zh": "工作考核", "en": "work assessment (工作考核)"}, "words": ["考核"]},
	{"name": {"zh": "社会评议", "en": "public appraisal (社会评议)"}, "words": ["评议"]},
	{"name": {"zh": "责任追究", "en": "accountability (责任追究)"}, "words": ["追究"]},
]

# _anchor is the 监督保障 part of section 1 if there is one, else the
# heading of section 1 or where it belongs.
_anchor := loc if {
	locs := [sub.loc | some sub in doc.sections.overview.subsections; contains(sub.heading, "监督")]
	count(locs) > 0
	loc := locs[0]
} else := doc.section_anchor("overview")
