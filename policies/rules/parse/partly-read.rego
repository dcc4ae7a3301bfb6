# METADATA
# title: 部分内容未能读取
# description: |
#   文件能作为年度报告读取，但其中一部分没有读出来，也就没有参加任何检查：PDF 的某页
#   没有文字层（扫描图片），某些字符因字体缺少 Unicode 映射而无法解码，或文件某处远超
#   任何年度报告的规模（行数、一行的长度、一行表格的单元格数、章节文字的长度、小节数、
#   句子数、网页的嵌套层数、合并单元格展开后的表格大小）。诊断定位到读取停止的地方。
#   请提供可复制文字的版本，或检查该处是否混入了不属于报告的内容。
# custom:
#   id: parse/partly-read
#   category: parse
#   severity: warning
#   title_en: Part of the file not read
#   description_en: |
#     The file reads as an annual report, but part of it could not be read
#     and so took part in no check: a PDF page without a text layer (a
#     scan), characters of a font without a Unicode mapping, or a place far
#     past any report's size (lines, the length of a line, the cells of a
#     table row, a section's text, subsections, sentences, the nesting of a
#     web page, a table's grid once merged cells are expanded). The
#     diagnostic points where reading stopped. Provide a version with
#     selectable text, or check whether something that is no part of the
#     report was mixed into it.
#   basis: 《中华人民共和国政府信息公开条例》第五十条
#   message:
#     zh: 部分内容未能读取，未参加检查：{detail}
#     en: "Part of the file was not read and took part in no check: {detail}"
#   message_scanned_page:
#     zh: 第{page}页没有文字层（可能是扫描图片），该页内容未能读取，未参加检查
#     en: Page {page} has no text layer (a scanned image?); its content was not read and took part in no check
#   message_undecodable:
#     zh: 第{page}页有{count}个字符无法解码（字体缺少 Unicode 映射），这些字符未参加检查
#     en: "Page {page}: {count} characters could not be decoded (a font without a Unicode mapping) and took part in no check"
#   message_too_many_lines:
#     zh: 文件的行数远超任何年度报告，只读取了前{count}行，此后的内容未参加检查
#     en: The file has far more lines than any report; only its first {count} were read, and the rest took part in no check
#   message_line_too_long:
#     zh: 此行远长于任何年度报告，只读取了前{count}字节，此后的内容未参加检查
#     en: This line is far longer than any report's; only its first {count} bytes were read, and the rest took part in no check
#   message_row_too_wide:
#     zh: 此行表格的单元格远多于任何年度报告，只读取了前{count}个，其余未参加检查
#     en: This table row has far more cells than any report's; only its first {count} were read, and the rest took part in no check
#   message_text_too_long:
#     zh: 章节文字远长于任何年度报告，只读取了前{count}字节，此后的内容未参加检查
#     en: This section's text is far longer than any report's; only its first {count} bytes were read, and the rest took part in no check
#   message_too_many_parts:
#     zh: 章节的小节远多于任何年度报告，只读取了前{count}个，此后的小节未参加检查
#     en: This section has far more subsections than any report's; only its first {count} were read, and the rest took part in no check
#   message_too_many_sentences:
#     zh: 正文远长于任何年度报告，只读取了前{count}句，此后的句子未参加正文与表格的核对
#     en: The narrative is far longer than any report's; only its first {count} sentences were read, and the rest took part in no check against the tables
#   message_nested_too_deep:
#     zh: 网页嵌套超过{count}层，更深处的内容只作为普通文字读取
#     en: The page is nested more than {count} levels deep; what lies deeper was read as plain text
#   message_grid_too_large:
#     zh: 网页中的表格过大，超过{count}格的合并单元格未能展开，这些单元格未参加检查
#     en: A table of the page is too large; merged cells beyond {count} grid cells were not expanded and took part in no check
package nianbao.rules.parse["partly-read"]

import data.nianbao.lib.result

report contains result.fail_with(rego.metadata.chain(), key, params, note.loc) if {
	some note in input.notes
	note.code == "unreadable"
	not object.get(note, "reason", "") in _read_in_full
	key := _key(note)
	params := {
		"page": object.get(note.loc, "page", 0),
		"count": object.get(note, "count", 0),
		"detail": note.message,
	}
}

# _read_in_full are the reasons of notes that lose nothing: a page
# without an article is read whole.
_read_in_full := {"no_article"}

# _key is the message template for the note's reason, or the general one
# (with the parser's own words) for a reason this rule does not know.
_key(note) := k if {
	k := sprintf("message_%s", [note.reason])
	_known[k]
} else := "message"

_known contains k if {
	some link in rego.metadata.chain()
	some k, _ in object.get(link.annotations, "custom", {})
	startswith(k, "message_")
}
