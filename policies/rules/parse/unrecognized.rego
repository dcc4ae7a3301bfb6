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
#   reasons:
#     binary:
#       zh: 文件不是文本，或使用了无法识别的编码
#       en: the file is not text, or in an unknown encoding
#     too-large:
#       zh: 文件过大或结构过于复杂
#       en: the file is too large or too complex
#     legacy-word:
#       zh: 这是无法读取的旧版 Word 或 WPS 格式，请另存为 .docx
#       en: this is an old Word or WPS format that cannot be read; save it as .docx
#     not-docx:
#       zh: 文件名为 .docx，但不是 Word 文档
#       en: the file is named .docx but is not a Word document
#     not-pdf:
#       zh: 文件名为 .pdf，但不是 PDF 文件
#       en: the file is named .pdf but is not a PDF
#     damaged:
#       zh: 文件已损坏或不完整
#       en: the file is damaged or truncated
#     encrypted:
#       zh: 文件已加密，没有密码无法打开
#       en: the file is encrypted and cannot be opened without a password
#     no-text:
#       zh: PDF 没有文字层（可能是扫描件），请提供可复制文字的版本
#       en: the PDF has no text layer (a scan?); provide one with selectable text
#     zip-bomb:
#       zh: 压缩内容远超声明或允许的大小（疑似压缩炸弹）
#       en: its compressed content expands far beyond its declared or allowed size (a zip bomb?)
#     unsupported:
#       zh: 不支持该文件格式
#       en: the format is not supported
package nianbao.rules.parse.unrecognized

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, result.start) if {
	count(input.sections) == 0
	count(object.get(input, "tables", {})) == 0
}
