package nianbao.rules.consistency["itemized-sum_test"]

import data.nianbao.lib.narrative_test as n
import data.nianbao.rules.consistency["itemized-sum"] as rule

_doc(s, pairs) := {"facts": n.facts_in(s, "overview", pairs)}

_pairs(numbers, unit) := [[x, unit] | some x in numbers]

_seed000 := "2024年我委门户网站共公开信息351条,其中:部门动态30条;政府信息公开指南1条;2024年我委更新概况信息31条;规划信息2条;政策解读37条;部门文件43条;建议提案办理30条;价格监测20条;涉企收费3条;重大建设项目79条;优化营商环境40条;执行法规条例4条;行政许可和其他对外管理服务信息16条;行政处罚+行政强制14条;政府信息公开年报1条。"

_seed000_numbers := ["351", "30", "1", "31", "2", "37", "43", "30", "20", "3", "79", "40", "4", "16", "14", "1"]

test_quiet_when_the_items_add_up if {
	count(rule.report) == 0 with input as _doc(_seed000, _pairs(_seed000_numbers, "条"))
	s := "全年多种渠道主动公开政府信息31505条,其中区政府门户网站群公开各类政府信息12579条,政务新媒体公开信息18926条,网站总点击量达515981次,有效提高了知晓度。"
	count(rule.report) == 0 with input as _doc(s, [["31505", "条"], ["12579", "条"], ["18926", "条"], ["515981", "次"]])
}

test_fires_when_the_items_do_not_add_up if {
	s := replace(_seed000, "年报1条", "年报2条")
	r := rule.report with input as _doc(s, _pairs(array.concat(array.slice(_seed000_numbers, 0, 15), ["2"]), "条"))
	count(r) == 1
	some v in r
	v.rule == "consistency/itemized-sum"
	v.severity == "warning"
	v.message == "总数351条与其后所列分项之和352条（30+1+31+2+37+43+30+20+3+79+40+4+16+14+2）不一致"
	v.location == n.fact_loc(s, "351", "条", 0)
}

test_groups_end_at_the_next_total if {
	s := "行政复议351件,其中结果维持72件,结果纠正64件,其他结果178件,尚未审结37件;行政诉讼46件,其中结果维持25件,结果纠正5件,其他结果9件,尚未审结8件。"
	r := rule.report with input as _doc(s, _pairs(["351", "72", "64", "178", "37", "46", "25", "5", "9", "8"], "件")) with data.nianbao.config.lang as "en"
	count(r) == 1
	some v in r
	v.message == "The total 46 does not equal the sum of the items listed after it, 47 (25+5+9+8)"
	v.location == n.fact_loc(s, "46", "件", 0)
}

test_brackets if {
	# The breakdown of an item in brackets is not counted again.
	s := "今年共发布380条财政资金信息,其中专项资金152条,预决算公开197条(政府预决算32条、部门预决算公开165条)、“三公”经费27条、债券发行4条。"
	count(rule.report) == 0 with input as _doc(s, _pairs(["380", "152", "197", "32", "165", "27", "4"], "条"))

	# A 其中 in brackets ends with them.
	t := "共公布政府信息2599条,(其中机构职能类信息25条,其他信息856条)另有解读40条。"
	r := rule.report with input as _doc(t, _pairs(["2599", "25", "856", "40"], "条"))
	some v in r
	v.message == "总数2599条与其后所列分项之和881条（25+856）不一致"
}

test_quiet_on_approximations_open_lists_and_single_items if {
	sentences := [
		["共公开信息1000余条,其中动态300条,通知200条。", ["1000", "300", "200"]],
		["共公开信息100条,其中动态30条,通知20条等。", ["100", "30", "20"]],
		["共公开信息100条,其中动态30条。", ["100", "30"]],
	]
	every c in sentences {
		count(rule.report) == 0 with input as _doc(c[0], _pairs(c[1], "条"))
	}
}

test_the_total_has_the_unit_of_the_items if {
	s := "共公开信息351条,网站点击量20000次,其中动态30条、通知320条。"
	r := rule.report with input as _doc(s, [["351", "条"], ["20000", "次"], ["30", "条"], ["320", "条"]])
	count(r) == 1
	some v in r
	v.message == "总数351条与其后所列分项之和350条（30+320）不一致"
	v.location == n.fact_loc(s, "351", "条", 0)
}
