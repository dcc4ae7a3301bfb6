# METADATA
# title: 缺少章节
# description: |
#   年度报告应当依次包括六个部分：一、总体情况；二、主动公开政府信息情况；
#   三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼
#   情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。报告中缺少
#   其中某个章节标题时，每缺一个报告一次。2025年起的报告可以在第四部分之后
#   增加“五、信息处理费收取情况”，这一章不是必需的；有这一章时，其后两章按
#   六、七称呼（如“缺少章节‘七、其他需要报告的事项’”）。请按模板补上该章节的
#   标题和内容。
# custom:
#   id: structure/section-missing
#   category: structure
#   severity: error
#   title_en: Section missing
#   description_en: |
#     The report must have the six sections of the template, in order:
#     general situation, proactive disclosure, applications, reconsideration
#     and litigation, problems and improvements, other matters. Each section
#     heading that cannot be found is reported once; add the section with
#     its heading as the template words it. The section on information
#     processing fees that 2025 reports may add as section 5 is not
#     required; in a report that has it, the last two sections are named
#     6 and 7.
#   basis: 《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 缺少章节“{section}”
#     en: 'Section "{section}" is missing'
package nianbao.rules.structure["section-missing"]

import data.nianbao.lib.names
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"section": names.section(key)}, doc.section_anchor(key)) if {
	some key in doc.section_keys
	not doc.sections[key]
}
