package nianbao.rules.template["row-mismatch_test"]

import data.nianbao.rules.template["row-mismatch"] as rule

_loc(line) := {"line": line, "column": 6, "end_line": line, "end_column": 13}

_zero := {"natural_person": {"value": 0, "raw": "0", "loc": _loc(1)}}

_single := {
	"loc": _loc(20),
	"rows": {"other_handling": _zero, "total_processed": _zero},
	"row_labels": {"other_handling": {"text": "(六)其他处理", "loc": _loc(30)}},
}

_split := {
	"loc": _loc(20),
	"rows": {"other_no_correction": _zero, "other_unpaid_fee": _zero, "other_misc": _zero},
	"row_labels": {
		"other_no_correction": {"text": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "loc": _loc(31)},
		"other_unpaid_fee": {"text": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "loc": _loc(32)},
		"other_misc": {"text": "3.其他", "loc": _loc(33)},
	},
}

test_fires_on_a_single_row_in_a_2021_report if {
	r := rule.report with input as {"year": 2023, "tables": {"applications": _single}}
	count(r) == 1
	some v in r
	v.rule == "template/row-mismatch"
	v.severity == "error"
	v.message == "2023年度报告的表三中“（六）其他处理”只有一行，而2021年版模板（国办公开办函〔2021〕30号）中该项分为“1.申请人无正当理由逾期不补正……”“2.申请人逾期未按收费通知要求缴纳费用……”“3.其他”三行"
	v.location == _loc(30)
}

test_fires_on_split_rows_in_a_2020_report if {
	r := rule.report with input as {"year": 2020, "tables": {"applications": _split}} with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "Table 3 of the 2020 report splits 3(6) other handling into three rows, while the 2019 template (国办公开办函〔2019〕60号) that applies to that year has a single row for it"
	v.location == _loc(31)
}

test_falls_back_to_the_table if {
	t := object.remove(_single, ["row_labels"])
	r := rule.report with input as {"year": 2022, "tables": {"applications": t}}
	some v in r
	v.location == _loc(20)
}

test_quiet_when_rows_match_the_year if {
	count(rule.report) == 0 with input as {"year": 2019, "tables": {"applications": _single}}
	count(rule.report) == 0 with input as {"year": 2024, "tables": {"applications": _split}}
	count(rule.report) == 0 with input as {"year": null, "tables": {"applications": _single}}
	count(rule.report) == 0 with input as {"year": 2024, "tables": {}}
}
