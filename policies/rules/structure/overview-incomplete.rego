# METADATA
# title: 总体情况内容不全
# description: |
#   2021年起的模板要求“一、总体情况”涵盖五个方面：主动公开、依申请公开、
#   政府信息管理、政府信息公开平台建设、监督保障。总体情况的小标题和正文中
#   没有提到其中某个方面时，每缺一个报告一次。各方面按词表识别：如政府信息
#   管理看“信息管理”“审查制度”“保密审查”“目录编制”“发布流程”“失效文件
#   清理”，平台建设看“平台”“网站”“政务新媒体”“微信公众号”“专栏”，监督
#   保障看“监督”“考核”“培训”“社会评议”“责任追究”；正文中“强监督”之类的
#   口号和“监督权”不算。缺少总体情况一章由 structure/section-missing 报告；
#   2019、2020年度的报告按当时的模板不作此检查。请在总体情况中补写该方面的
#   情况。
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
#     a subheading nor the text of section 1 mentions is reported once.
#     Each aspect is recognised by a vocabulary: management by 信息管理,
#     审查制度, 保密审查, 目录编制, 发布流程, 失效文件清理; platforms by 平台,
#     网站, 政务新媒体, 微信公众号, 专栏; supervision by 监督, 考核, 培训,
#     社会评议, 责任追究, where slogans such as 强监督 and the right 监督权 in
#     the text do not count. A missing section 1 is
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
import data.nianbao.lib.vocabulary

report contains result.fail(rego.metadata.chain(), {"section": names.section("overview"), "aspect": aspect.name[config.lang]}, overview.loc) if {
	overview := doc.sections.overview
	phrases.year_from(2021) # the five aspects date from the 2021 template
	some aspect in vocabulary.overview_aspects
	not _in_headings(aspect)
	not _in_text(aspect)
}

# _headings and _text are the section's sub-headings and its whole text
# without white space, made once for the five aspects.
_headings := [phrases.squeeze(object.get(sub, "heading", "")) | some sub in object.get(doc.sections.overview, "subsections", [])]

_text := phrases.squeeze(phrases.section_text(doc.sections.overview))

# _in_headings: one of the section's sub-headings names the aspect
# ("（三）信息管理严谨有序", "（四）平台运维持续加强").
_in_headings(aspect) if {
	some heading in _headings
	phrases.mentions(heading, aspect.words)
}

# _in_text: the section's text, without the phrases that name a word of
# the aspect and say nothing of it, mentions the aspect. (A sub-heading
# the parser did not split off stands in the text.)
_in_text(aspect) if {
	cleaned := strings.replace_n({p: "" | some p in aspect.not}, _text)
	phrases.mentions(cleaned, aspect.words)
}
