# METADATA
# title: 总体情况内容不全
# description: |
#   2021年起的模板要求“一、总体情况”涵盖五个方面：主动公开、依申请公开、
#   政府信息管理、政府信息公开平台建设、监督保障。总体情况的正文和小标题中
#   没有提到其中某个方面时，每缺一个报告一次（“信息管理”“平台”“监督”等
#   简称也算提到）。缺少总体情况一章由 structure/section-missing 报告；2019、
#   2020年度的报告按当时的模板不作此检查。请在总体情况中补写该方面的情况。
# custom:
#   id: structure/overview-incomplete
#   category: structure
#   severity: warning
#   title_en: General situation incomplete
#   description_en: |
#     From the 2021 reports on, the template asks section 1 (general
#     situation) to cover five aspects: proactive disclosure, disclosure on
#     application, government information management, the disclosure
#     platforms, and supervision and safeguards. Each aspect that neither
#     the text nor a subheading of section 1 mentions is reported once
#     (short forms such as 信息管理, 平台, 监督 count). A missing section 1 is
#     structure/section-missing's business; 2019 and 2020 reports, written
#     to the earlier template, are not checked.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: “{section}”未涉及{aspect}方面的情况
#     en: '"{section}" does not cover {aspect}'
package nianbao.rules.structure["overview-incomplete"]

import data.nianbao.lib.config
import data.nianbao.lib.names
import data.nianbao.lib.phrases
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"section": names.section("overview"), "aspect": aspect.name[config.lang]}, overview.loc) if {
	overview := doc.sections.overview
	phrases.year_from(2021) # the five aspects date from the 2021 template
	text := phrases.squeeze(phrases.section_text(overview))
	some aspect in _aspects
	not phrases.mentions(text, aspect.words)
}

_aspects := [
	{"name": {"zh": "主动公开", "en": "proactive disclosure"}, "words": ["主动公开"]},
	{"name": {"zh": "依申请公开", "en": "disclosure on application"}, "words": ["依申请"]},
	{"name": {"zh": "政府信息管理", "en": "government information management"}, "words": ["信息管理"]},
	{"name": {"zh": "政府信息公开平台建设", "en": "disclosure platforms"}, "words": ["平台"]},
	{"name": {"zh": "监督保障", "en": "supervision and safeguards"}, "words": ["监督"]},
]
