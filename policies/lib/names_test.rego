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
