package nianbao.lib.report_test

import data.nianbao.lib.report

_loc(line) := {"line": line, "column": 1, "end_line": line, "end_column": 5}

test_narrative_joins_preamble_and_sections if {
	doc := {"preamble": {"text": "统计期限", "loc": _loc(2)}, "sections": [{"key": "overview", "text": "总体"}, {"key": "other_matters", "text": "未收取信息处理费"}]}
	report.narrative == "统计期限\n总体\n未收取信息处理费" with input as doc
}

test_narrative_without_preamble if {
	report.narrative == "\n总体" with input as {"preamble": null, "sections": [{"key": "overview", "text": "总体"}]}
}

test_section_anchor_is_the_next_heading if {
	doc := {"sections": [{"key": "active_disclosure", "loc": _loc(12)}], "end": _loc(99)}
	report.section_anchor("overview") == _loc(12) with input as doc
	report.section_anchor("problems") == _loc(99) with input as doc
	report.section_anchor("active_disclosure") == _loc(12) with input as doc
}

test_preamble_anchor_falls_back if {
	report.preamble_anchor == _loc(2) with input as {"preamble": {"text": "x", "loc": _loc(2)}, "title": {"loc": _loc(1)}}
	report.preamble_anchor == _loc(1) with input as {"preamble": null, "title": {"loc": _loc(1)}}
	report.preamble_anchor.line == 1 with input as {"preamble": null, "title": null}
}

test_issuer_kind_override_and_default if {
	report.issuer_kind == "department" with input as {"issuer": {"name": "某局", "kind": "department"}}
	report.issuer_kind == "government" with input as {"issuer": {"name": "某局", "kind": "department"}}
		with data.nianbao.config.issuer_kind_override as "government"
	report.issuer_kind == "township" with input as {"issuer": null} with data.nianbao.config.issuer_kind_default as "township"
	report.issuer_kind == "unknown" with input as {"issuer": {"name": "某某", "kind": "unknown"}}
}

test_people_government if {
	report.is_people_government with input as {"issuer": {"name": "金昌市金川区人民政府", "kind": "government"}}
	report.is_people_government with input as {"issuer": {"name": "城关镇人民政府", "kind": "township"}}
	not report.is_people_government with input as {"issuer": {"name": "东城街道办事处", "kind": "township"}}
	not report.is_people_government with input as {"issuer": {"name": "昌吉州科学技术局", "kind": "department"}}
}

test_value_of_cells if {
	report.value({"value": 7, "raw": "7"}) == 7
	not report.value({"value": null, "raw": "/"})
}

test_template_keys_follow_the_2025_fee_section if {
	report.template_keys == report.section_keys with input as {"sections": [{"key": "overview"}]}
	report.section_number("other_matters") == 6 with input as {"sections": [{"key": "overview"}]}
	report.section_number("processing_fees") == 5 with input as {"sections": [{"key": "overview"}]}
	doc := {"sections": [{"key": "overview"}, {"key": "processing_fees"}]}
	report.template_keys == ["overview", "active_disclosure", "applications", "review_litigation", "processing_fees", "problems", "other_matters"] with input as doc
	report.section_number("problems") == 6 with input as doc
	report.section_number("other_matters") == 7 with input as doc
}
