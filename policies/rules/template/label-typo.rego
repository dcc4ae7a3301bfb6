# METADATA
# title: 行标签或章节标题与模板用语不符
# description: |
#   表二、表三的行标签应照抄模板用语。去掉编号（“一、”“（一）”“1.”“1、”）后，标签与
#   模板用语不同、又不是模板用语的开头部分（排版截断或换行的标签不算错）时，报告
#   该标签和模板用语，例如“2.其他法律行政止公开”应为“其他法律行政法规禁止公开”。
#   2021年度及以后的报告把“行政规范性文件”写作2019年版模板的“规范性文件”，也在此
#   提示。章节标题有错字、按模板用语才认出是哪一章时（如“四、政府信息公开行政法复议、
#   行政诉讼情况”），报告该标题和模板用语，位置在该标题；这一章照常参加其他检查，不算
#   缺少章节。这是提示级别：标签用语不影响数字，但说明表格可能是手工重录的，值得核对。
# custom:
#   id: template/label-typo
#   category: template
#   severity: info
#   title_en: Row label or heading differs from the template wording
#   description_en: |
#     Row labels of tables 2 and 3 are the template's wording. A label that,
#     without its numbering (一、, （一）, 1., 1、), differs from the wording and
#     is not its beginning (labels cut short or wrapped by the layout are not
#     typos) is reported with the wording, e.g. "2.其他法律行政止公开" for
#     其他法律行政法规禁止公开. In reports for 2021 and later, the 2019 label
#     规范性文件 for 行政规范性文件 is reported too. A section heading that
#     was recognised only through the template's wording because of a typo
#     (四、政府信息公开行政法复议、行政诉讼情况) is reported at the heading,
#     with the wording; the section counts as found for every other rule.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》
#   message:
#     zh: "{table}中的行标签“{label}”与模板用语“{wording}”不一致"
#     en: "Row label \"{label}\" in {table} differs from the template wording \"{wording}\""
#   message_heading:
#     zh: 章节标题“{heading}”与模板用语“{wording}”不一致
#     en: 'Section heading "{heading}" differs from the template wording "{wording}"'
package nianbao.rules.template["label-typo"]

import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, label.loc) if {
	some table, wordings in _template
	some key, label in object.get(object.get(input.tables, table, {}), "row_labels", {})
	wording := wordings[key]
	label.text != wording # the wording itself, tested before the call below (for speed)
	not _numbered_wording(label.text, wording)
	text := _strip(_normal(label.text))

	# Most labels are the wording, or its beginning, as it stands: that is
	# tried first, as text is normalised already (for speed: there are
	# some 30 labels).
	not startswith(wording, text)
	not _accepted(table, key, text)
	text != ""
	not text in _group_words
	params := {
		"table": names.table(table),
		"label": label.text,
		"wording": wording,
	}
}

# A heading the parser recognised through the template's wording: it sets
# template_heading only then.
report contains result.fail_with(rego.metadata.chain(), "message_heading", params, s.loc) if {
	some s in input.sections
	wording := object.get(s, "template_heading", "")
	wording != ""
	wording != s.heading
	params := {"heading": s.heading, "wording": wording}
}

# _numbered_wording holds for the usual label: the wording with at most one
# numbering in front ("1.属于国家秘密", "（一）予以公开"), which _strip
# reduces to the wording itself (tested for every wording). It is tested
# first, for speed: it settles most labels without normalising them.
_numbered_wording(label, wording) if {
	endswith(label, wording)
	regex.match(`^((\d+|[一二三四五六七八九十]+)[、.,．，]|[(（][一二三四五六七八九十\d]+[)）])?$`, trim_suffix(label, wording))
}

# _accepted holds when text begins one of the accepted wordings of a row:
# the current one, or in reports on the 2019 template the 2019 one.
_accepted(table, key, text) if startswith(_normal(_template[table][key]), text)

_accepted(table, key, text) if {
	older := _older[table][key]
	_old_template
	startswith(_normal(older), text)
}

# _old_template holds for reports for 2019 and 2020 (or of unknown year on
# the 2019 template), where the 2019 wording is right.
_old_template if {
	is_number(input.year)
	input.year < 2021
}

_old_template if {
	not is_number(input.year)
	input.template == "2019"
}

# _normal removes spaces and quotation marks and makes brackets and
# punctuation half-width, so that only the words are compared.
_normal(s) := regex.replace(
	strings.replace_n(
		{"（": "(", "）": ")", "，": ",", "：": ":", "；": ";", "．": "."},
		s,
	),
	`[\s\x{00a0}\x{3000}“”"'‘’「」『』]`,
	"",
)

# _strip removes the numbering and the group name in front of a row label
# ("(三)不予公开1.属于国家秘密" → "属于国家秘密"): the numbering, then the
# group name and the numbering twice. Most labels have one numbering and
# nothing else in front; once it is removed, a label that starts neither
# with a numeral, a bracket nor a group name is left as it is by the rest,
# which is then skipped (for speed: there are some 30 labels).
_strip(s) := a if {
	a := _unnumber(s)
	not regex.match(`^([(一二三四五六七八九十\d]|本年度办理结果|不予公开|无法提供|不予处理|其他处理)`, a)
} else := t if {
	a := _unnumber(s)
	b := _unnumber(_ungroup(a))
	t := _unnumber(_ungroup(b))
}

_unnumber(s) := regex.replace(s, `^(\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、.,]|\d+[、.,])`, "")

_ungroup(s) := regex.replace(s, `^(三、)?(本年度办理结果|不予公开|无法提供|不予处理|其他处理)(.)`, "$3")

# Group names that stand alone as labels in some layouts.
_group_words := {"本年度办理结果", "不予公开", "无法提供", "不予处理"}

_template := {
	"applications": {
		"new_received": "本年新收政府信息公开申请数量",
		"carried_over": "上年结转政府信息公开申请数量",
		"granted": "予以公开",
		"partially_granted": "部分公开（区分处理的，只计这一情形，不计其他情形）",
		"withheld_state_secret": "属于国家秘密",
		"withheld_prohibited_by_law": "其他法律行政法规禁止公开",
		"withheld_three_safety": "危及“三安全一稳定”",
		"withheld_third_party": "保护第三方合法权益",
		"withheld_internal_affairs": "属于三类内部事务信息",
		"withheld_process_info": "属于四类过程性信息",
		"withheld_enforcement_file": "属于行政执法案卷",
		"withheld_query_matter": "属于行政查询事项",
		"unable_not_held": "本机关不掌握相关政府信息",
		"unable_needs_creation": "没有现成信息需要另行制作",
		"unable_unclear": "补正后申请内容仍不明确",
		"not_processed_complaint": "信访举报投诉类申请",
		"not_processed_duplicate": "重复申请",
		"not_processed_publication": "要求提供公开出版物",
		"not_processed_excessive": "无正当理由大量反复申请",
		"not_processed_confirmation": "要求行政机关确认或重新出具已获取信息",
		"other_no_correction": "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
		"other_unpaid_fee": "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
		"other_misc": "其他",
		"other_handling": "其他处理",
		"total_processed": "总计",
		"carried_forward": "结转下年度继续办理",
	},
	"active": {
		"regulations": "规章",
		"normative_documents": "行政规范性文件",
		"licensing": "行政许可",
		"other_services": "其他对外管理服务事项",
		"punishment": "行政处罚",
		"coercion": "行政强制",
		"administrative_fees": "行政事业性收费",
		"procurement": "政府集中采购",
	},
}

# _older holds the 2019 template's wording where it differs.
_older := {"active": {"normative_documents": "规范性文件"}}
