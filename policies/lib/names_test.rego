package nianbao.lib.names_test

import data.nianbao.lib.names

test_rows_and_columns_of_each_table if {
	names.row("applications", "carried_forward") == "四、结转下年度继续办理"
	names.row("active", "licensing") == "行政许可"
	names.row("review", "litigation_direct") == "行政诉讼（未经复议直接起诉）"
	names.column("applications", "legal_person_subtotal") == "法人或其他组织小计"
	names.column("active", "decisions") == "处理决定数量"
	names.column("review", "pending") == "尚未审结"
	c := names.column("review", "pending") with data.nianbao.config.lang as "en"
	c == "pending"
}

test_unknown_keys_name_themselves if {
	names.row("applications", "some_new_row") == "some_new_row"
	names.row("", "granted") == "granted"
	names.column("active", "total") == "total"
	not names.app_row("some_new_row")
}

test_list if {
	names.list(["电话", "地址"]) == "电话、地址"
	l := names.list(["phone", "address"]) with data.nianbao.config.lang as "en"
	l == "phone, address"
}

test_sections_are_numbered_as_the_template_of_the_report_numbers_them if {
	names.section("problems") == "五、存在的主要问题及改进情况"
	names.section("other_matters") == "六、其他需要报告的事项"
	doc := {"sections": [{"key": "review_litigation"}, {"key": "processing_fees"}, {"key": "problems"}]}
	names.section("review_litigation") == "四、政府信息公开行政复议、行政诉讼情况" with input as doc
	names.section("processing_fees") == "五、信息处理费收取情况" with input as doc
	names.section("problems") == "六、存在的主要问题及改进情况" with input as doc
	names.section("other_matters") == "七、其他需要报告的事项" with input as doc
	en := names.section("other_matters") with input as doc with data.nianbao.config.lang as "en"
	en == "7. Other matters"
}
