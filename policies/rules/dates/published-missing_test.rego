package nianbao.rules.dates["published-missing_test"]

import data.nianbao.rules.dates["published-missing"] as rule

_end := {"line": 71, "column": 12, "end_line": 71, "end_column": 12}

test_fires_at_the_end if {
	r := rule.report with input as {"published": null, "end": _end}
	count(r) == 1
	some v in r
	v.rule == "dates/published-missing"
	v.severity == "warning"
	v.message == "未找到发布日期（报告末尾落款下的日期）"
	v.location == _end
}

test_english_message if {
	r := rule.report with input as {"published": null, "end": _end} with data.nianbao.config.lang as "en"
	some v in r
	v.message == "No publication date found (the date under the signature at the end)"
}

test_quiet_with_a_date if {
	r := rule.report with input as {"published": {"date": "2025-01-19", "loc": _end}, "end": _end}
	count(r) == 0
}

# The page's date is not the report's own (平潭综合实验区管委会办公室 2022:
# no signature, the saved page dated 2023-01-19): the rule still fires and
# names it.
test_fires_with_a_page_date_and_names_it if {
	doc := {"published": null, "end": _end, "source": {"page_date": {"date": "2023-01-19", "loc": {"line": 2, "column": 7, "end_line": 2, "end_column": 17}}}}
	r := rule.report with input as doc
	count(r) == 1
	some v in r
	v.rule == "dates/published-missing"
	v.message == "未找到发布日期（报告末尾落款下的日期），只有页面发布日期2023年1月19日"
	v.location == _end
	r2 := rule.report with input as doc with data.nianbao.config.lang as "en"
	some w in r2
	w.message == "No publication date found (the date under the signature at the end); only the web page gives one, 2023-01-19"
}

test_quiet_with_a_date_and_a_page_date if {
	doc := {"published": {"date": "2025-01-19", "loc": _end}, "end": _end, "source": {"page_date": {"date": "2025-01-20", "loc": _end}}}
	count(rule.report) == 0 with input as doc
}
