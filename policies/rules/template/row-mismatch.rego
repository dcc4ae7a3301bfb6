# METADATA
# title: 表三行与模板年份不符
# description: |
#   2021年版模板（国办公开办函〔2021〕30号，2021年度报告起适用）把表三“（六）其他处理”
#   分为三行：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；
#   2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；3.其他。
#   2019年版模板（2019、2020年度报告适用）只有一行“（六）其他处理”。2021年度及以后的
#   报告只有一行，说明沿用了旧表格；2019、2020年度的报告却分为三行，说明表格与报告
#   年度不符。诊断定位到相应的行标签。
# custom:
#   id: template/row-mismatch
#   category: template
#   severity: error
#   title_en: Table 3 rows do not match the template of the year
#   description_en: |
#     The 2021 template (国办公开办函〔2021〕30号, for reports for 2021 and
#     later) splits 3(6) other handling into three rows: no correction in
#     time, fee notice not paid, other. The 2019 template (reports for 2019
#     and 2020) has a single 3(6) row. A single row in a report for 2021 or
#     later means the old table was used; three rows in a report for 2019 or
#     2020 do not match the report's year. The diagnostic points at the row
#     label.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》；国办公开办函〔2019〕60号
#   message:
#     zh: "{year}年度报告的表三中{found}，而{template}中{expected}"
#     en: "Table 3 of the {year} report {found}, while {template} {expected}"
package nianbao.rules.template["row-mismatch"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.config
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, _loc("other_handling")) if {
	is_number(input.year)
	input.year >= 2021
	arithmetic.app.rows.other_handling
	params := object.union({"year": input.year}, _texts.single[config.lang])
}

report contains result.fail(rego.metadata.chain(), params, _loc(first)) if {
	is_number(input.year)
	input.year in {2019, 2020}
	found := [k | some k in arithmetic.split_other_rows; arithmetic.app.rows[k]]
	count(found) > 0
	first := found[0]
	params := object.union({"year": input.year}, _texts.split[config.lang])
}

_loc(key) := arithmetic.app.row_labels[key].loc

_loc(key) := arithmetic.app.loc if not arithmetic.app.row_labels[key]

_texts := {
	"single": {
		"zh": {
			"found": "“（六）其他处理”只有一行",
			"template": "2021年版模板（国办公开办函〔2021〕30号）",
			"expected": "该项分为“1.申请人无正当理由逾期不补正……”“2.申请人逾期未按收费通知要求缴纳费用……”“3.其他”三行",
		},
		"en": {
			"found": "has a single 3(6) other-handling row",
			"template": "the 2021 template (国办公开办函〔2021〕30号)",
			"expected": "splits it into three rows (no correction in time, fee notice not paid, other)",
		},
	},
	"split": {
		"zh": {
			"found": "“（六）其他处理”分为三行",
			"template": "该年度适用的2019年版模板（国办公开办函〔2019〕60号）",
			"expected": "该项只有一行",
		},
		"en": {
			"found": "splits 3(6) other handling into three rows",
			"template": "the 2019 template (国办公开办函〔2019〕60号) that applies to that year",
			"expected": "has a single row for it",
		},
	},
}
