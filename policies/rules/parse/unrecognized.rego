# METADATA
# title: 无法识别为年度报告
# description: |
#   文件中既没有任何一个章节标题（一、总体情况……六、其他需要报告的事项），
#   也没有任何一张统计表，无法作为政府信息公开工作年度报告检查。对该文件的
#   其他检查随之停止。二进制文件、加密或损坏的文件也以此规则报告。
# custom:
#   id: parse/unrecognized
#   category: parse
#   severity: error
#   title_en: Not recognisable as an annual report
#   description_en: |
#     The file has neither a section heading nor a statistical table, so it
#     cannot be checked as an annual report; no other rule is reported for
#     it. Binary, encrypted and damaged files are reported by this rule too.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: 未能识别为政府信息公开工作年度报告：未找到任何章节标题或统计表
#     en: "Not recognisable as an annual report: no section heading and no statistical table found"
#   message_unreadable:
#     zh: 无法作为年度报告读取：{reason}
#     en: "Cannot be read as an annual report: {reason}"
package nianbao.rules.parse.unrecognized

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, result.start) if {
	count(input.sections) == 0
	count(object.get(input, "tables", {})) == 0
}
