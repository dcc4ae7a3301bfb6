package nianbao.rules.dates["published-late_test"]

import data.nianbao.rules.dates["published-late"] as rule

_loc := {"line": 63, "column": 1, "end_line": 63, "end_column": 11}

_doc(kind, date) := {"year": 2024, "issuer": {"name": "某机关", "kind": kind}, "published": {"date": date, "loc": _loc}}

test_fires_for_a_department_after_january if {
	r := rule.report with input as _doc("department", "2025-02-01")
	count(r) == 1
	some v in r
	v.rule == "dates/published-late"
	v.severity == "error"
	v.message == "落款日期2025年2月1日晚于《中华人民共和国政府信息公开条例》第四十九条规定的期限2025年1月31日（县级以上人民政府部门应于每年1月31日前公布）"
	v.location == _loc
}

test_fires_for_a_government_after_march if {
	r := rule.report with input as _doc("government", "2025-04-01") with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "Published on 2025-04-01 (the date under the signature), after the deadline of 2025-03-31 set by article 49 of the Regulations on Open Government Information (governments publish by 31 March)"
}

test_unknown_kind_gets_march if {
	r := rule.report with input as _doc("unknown", "2025-03-15")
	count(r) == 0
	r2 := rule.report with input as _doc("unknown", "2025-04-02")
	some v in r2
	v.message == "落款日期2025年4月2日晚于《中华人民共和国政府信息公开条例》第四十九条规定的期限2025年3月31日（发布机关类别不明，按3月31日计）"
}

test_issuer_kind_override_applies if {
	r := rule.report with input as _doc("government", "2025-02-15") with data.nianbao.config.issuer_kind_override as "department"
	count(r) == 1
}

test_quiet_on_the_deadline_and_before if {
	count(rule.report) == 0 with input as _doc("department", "2025-01-31")
	count(rule.report) == 0 with input as _doc("department", "2025-01-19")
	count(rule.report) == 0 with input as _doc("government", "2025-03-31")
	count(rule.report) == 0 with input as _doc("township", "2025-03-31")
}

test_quiet_without_year_or_date if {
	count(rule.report) == 0 with input as {"year": null, "issuer": {"name": "某局", "kind": "department"}, "published": {"date": "2025-06-01", "loc": _loc}}
	count(rule.report) == 0 with input as {"year": 2024, "issuer": {"name": "某局", "kind": "department"}, "published": null}
	count(rule.report) == 0 with input as {"year": 2018, "issuer": {"name": "某局", "kind": "department"}, "published": {"date": "2019-02-15", "loc": _loc}}
}

_page := {"line": 2, "column": 7, "end_line": 2, "end_column": 17}

_undated(kind, page_date) := {"year": 2024, "issuer": {"name": "某机关", "kind": kind}, "published": null, "source": {"page_date": {"date": page_date, "loc": _page}}}

test_a_report_without_a_date_is_checked_by_its_page_date if {
	r := rule.report with input as _undated("department", "2025-02-04")
	count(r) == 1
	some v in r
	v.message == "页面发布日期2025年2月4日晚于《中华人民共和国政府信息公开条例》第四十九条规定的期限2025年1月31日（县级以上人民政府部门应于每年1月31日前公布）"
	v.location == _page
	r2 := rule.report with input as _undated("department", "2025-02-04") with data.nianbao.config.lang as "en"
	some w in r2
	w.message == "Published on 2025-02-04 (the date of the web page; the report gives none), after the deadline of 2025-01-31 set by article 49 of the Regulations on Open Government Information (departments publish by 31 January)"
	count(rule.report) == 0 with input as _undated("department", "2025-01-19")
}

# The report's own date decides, whatever the page says (平潭综合实验区交通
# 与建设局 2023: signed 2024-01-30, the page perhaps re-posted later).
test_the_signature_date_wins_over_the_page_date if {
	doc := object.union(_doc("department", "2025-01-30"), {"source": {"page_date": {"date": "2025-02-04", "loc": _page}}})
	count(rule.report) == 0 with input as doc
	late := object.union(_doc("department", "2025-02-01"), {"source": {"page_date": {"date": "2025-01-20", "loc": _page}}})
	r := rule.report with input as late
	some v in r
	startswith(v.message, "落款日期2025年2月1日晚于")
	v.location == _loc
}
