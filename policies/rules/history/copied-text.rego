# METADATA
# title: 与上一年度报告雷同
# description: |
#   “五、存在的主要问题及改进情况”几乎逐字照搬上一年度报告，说明上一年提出的改进
#   措施没有落实，或者报告没有如实反映本年度的情况。比较时不计空白和标点，数字视为
#   相同（年份、数字更新了仍算照搬）；相似度达到阈值（METADATA 中的 threshold，默认
#   0.9）即报告，定位到本年度的章节标题，并给出相似的比例。“一、总体情况”照搬的，
#   以提示级别报告。上一年度本身也照搬前一年的，并不因此免于报告。
# custom:
#   id: history/copied-text
#   category: history
#   severity: warning
#   threshold: 0.9
#   title_en: Text copied from last year's report
#   description_en: |
#     Section 5 (problems and improvements) nearly word for word as in last
#     year's report means that last year's improvements were not made, or
#     that the report does not tell this year's story. White space and
#     punctuation are left out and digits count as alike (a year or a figure
#     brought up to date is still a copy); a likeness at or above the
#     threshold (threshold in the METADATA, 0.9) is reported at this year's
#     heading, with the share alike. Section 1 copied is reported at info
#     level. A previous report that copied its own predecessor excuses
#     nothing.
#   basis: 《中华人民共和国政府信息公开条例》第五十条
#   message:
#     zh: “{section}”与上一年度报告（{previous}）的同一章节{share}相同，{what}
#     en: "{section} is {share} the same as in last year's report ({previous}): {what}"
package nianbao.rules.history["copied-text"]

import data.nianbao.lib.names
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

_threshold := result.meta(rego.metadata.chain()).custom.threshold

_what := {
	"problems": {"zh": "上一年度提出的问题和改进措施应有本年度的进展", "en": "last year's problems and improvements should show this year's progress"},
	"overview": {"zh": "应写明本年度的工作情况", "en": "it should tell this year's work"},
}

_severity := {"problems": "warning", "overview": "info"}

report contains result.fail_as(rego.metadata.chain(), params, doc.sections[key].loc, _severity[key]) if {
	some key, share in input.comparison.sections
	_severity[key]
	share >= _threshold
	params := {
		"section": names.section(key),
		"share": sprintf("%d%%", [round(share * 100)]),
		"previous": input.previous.source.path,
		"what": _what[key][data.nianbao.lib.config.lang],
	}
}
