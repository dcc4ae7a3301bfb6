# METADATA
# title: 未写明问题和改进措施
# description: |
#   “五、存在的主要问题及改进情况”应当写明存在的问题和改进措施（条例第五十条
#   第（四）项）。该章节没有内容、内容过短（不足40字），或者没有任何表示改进
#   措施的词语（如“下一步”“将”“改进”“加强”“完善”“提升”“措施”“整改”
#   “推进”）时报告，位置在该章节标题。缺少该章节由 structure/section-missing
#   报告。请写明存在的主要问题和具体的改进措施。
# custom:
#   id: structure/improvements-missing
#   category: structure
#   severity: warning
#   title_en: Problems and improvements not stated
#   description_en: |
#     Section 5 must state the main problems and how they are being
#     addressed (article 50 (4) of the Regulations). It is reported, at its
#     heading, when it is empty, shorter than 40 characters, or names no
#     improvement measure (words such as 下一步, 将, 改进, 加强, 完善, 提升,
#     措施, 整改, 推进). A missing section 5 is structure/section-missing's
#     business.
#   basis: 《中华人民共和国政府信息公开条例》第五十条第（四）项
#   message:
#     zh: “{section}”未写明改进措施（如“下一步”“加强”“完善”“整改”）
#     en: '"{section}" names no improvement measure (such as 下一步, 加强, 完善, 整改)'
#   message_empty:
#     zh: “{section}”没有内容
#     en: '"{section}" is empty'
#   message_short:
#     zh: “{section}”只有{length}个字，未写明存在的问题和改进情况
#     en: '"{section}" has only {length} characters and does not state problems and improvements'
package nianbao.rules.structure["improvements-missing"]

import data.nianbao.lib.names
import data.nianbao.lib.phrases
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail_with(rego.metadata.chain(), "message_empty", {"section": names.section("problems")}, _section.loc) if {
	count(_text) == 0
}

report contains result.fail_with(rego.metadata.chain(), "message_short", {"section": names.section("problems"), "length": count(_text)}, _section.loc) if {
	count(_text) > 0
	count(_text) < _min_length
}

report contains result.fail(rego.metadata.chain(), {"section": names.section("problems")}, _section.loc) if {
	count(_text) >= _min_length
	not phrases.mentions(_text, _measures)
}

_section := doc.sections.problems

# _text is the section's text and subsections without white space.
_text := phrases.squeeze(phrases.section_text(_section))

_min_length := 40

_measures := [
	"下一步", "将", "改进", "加强", "完善", "提升", "提高", "措施", "整改", "推进",
	"强化", "健全", "优化", "规范", "落实", "加大", "继续", "持续", "计划",
]
