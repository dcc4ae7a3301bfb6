package nianbao.main_test

import data.nianbao.main

_doc := {"title": null, "sections": [{"key": "overview", "loc": {"line": 1, "column": 1, "end_line": 1, "end_column": 7}}], "tables": {}}

test_report_collects_rule_violations if {
	some v in main.report with input as _doc
	v.rule == "structure/title-missing"
}

test_level_off_silences_a_rule if {
	r := main.report with input as _doc with data.nianbao.config.levels as {"structure/title-missing": "off"}
	every v in r {
		v.rule != "structure/title-missing"
	}

	# and only that rule: the others say what they said.
	all := main.report with input as _doc
	r == {v | some v in all; v.rule != "structure/title-missing"}
}

test_level_changes_severity if {
	some v in main.report with input as _doc with data.nianbao.config.levels as {"structure/title-missing": "warning"}
	v.rule == "structure/title-missing"
	v.severity == "warning"
}

test_unrecognized_file_reports_nothing_else if {
	r := main.report with input as {"title": null, "sections": [], "tables": {}}
	count(r) == 1
	some v in r
	v.rule == "parse/unrecognized"
}

test_deny_and_warn_hold_messages if {
	d := main.deny with input as _doc
	"未找到标题行“<机关>20XX年政府信息公开工作年度报告” [structure/title-missing]" in d
	w := main.warn with input as _doc with data.nianbao.config.levels as {"structure/title-missing": "warning"}
	"未找到标题行“<机关>20XX年政府信息公开工作年度报告” [structure/title-missing]" in w
}

test_builtin_and_custom_reports_split_report if {
	pkgs := {"builtin_packages": [["structure", "section-missing"]], "custom_packages": [["structure", "title-missing"]], "levels": {}}
	b := main.builtin_report with input as _doc with data.nianbao.config as pkgs
	c := main.custom_report with input as _doc with data.nianbao.config as pkgs
	{v.rule | some v in c} == {"structure/title-missing"}
	every v in b {
		v.rule == "structure/section-missing"
	}
}

test_split_reports_apply_levels if {
	pkgs := {"builtin_packages": [["structure", "title-missing"]], "levels": {"structure/title-missing": "off"}}
	b := main.builtin_report with input as _doc with data.nianbao.config as pkgs
	count(b) == 0
}
