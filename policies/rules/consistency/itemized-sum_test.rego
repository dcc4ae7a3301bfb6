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

# pt-czj-2024: the parts of the 61 items add up to 76. The list ends in
# 等, but its last part is the rest (其他文件), so it is complete.
_czj := "(二)主动公开政府信息的主要类别2023年,在主动公开的61条政府信息中,全文电子化的主动公开信息数共61条,其中:减税降费5条,财税金融等政策及解读共1条;财政预算、决算报告共7条;财政资金直达基层12条;其他文件共51条等。"

test_czj_parts_exceed_the_total if {
	r := rule.report with input as _doc(_czj, _pairs(["61", "61", "5", "1", "7", "12", "51"], "条"))
	count(r) == 1
	some v in r
	v.message == "总数61条与其后所列分项之和76条（5+1+7+12+51）不一致"
	v.location == n.fact_loc(_czj, "61", "条", 1)
}

# "在…的X条…中" names the total of the parts after it.
test_a_total_named_by_zai_zhong if {
	s := "2023年,在主动公开的61条政府信息中,减税降费5条,财税金融等政策及解读共1条;财政预算、决算报告共7条;财政资金直达基层12条;其他文件共51条等。"
	r := rule.report with input as _doc(s, _pairs(["61", "5", "1", "7", "12", "51"], "条"))
	count(r) == 1
	some v in r
	v.message == "总数61条与其后所列分项之和76条（5+1+7+12+51）不一致"
	v.location == n.fact_loc(s, "61", "条", 0)

	# Such a list may name only some parts: fewer is not wrong.
	t := "在主动公开的61条政府信息中,减税降费5条,财政资金直达基层12条。"
	count(rule.report) == 0 with input as _doc(t, _pairs(["61", "5", "12"], "条"))
}

test_czj_parts_that_add_up if {
	s := "(一)主动公开政府信息的数量2024年制作、获取政府信息总数397条,其中主动公开政府信息61条,依申请公开信息数255条,不子公开信息数81条。"
	count(rule.report) == 0 with input as _doc(s, _pairs(["397", "61", "255", "81"], "条"))
	t := "2024年我局共收到政府网站上政府信息公开申请件2件,办结依申请2件,其中公开答复1件,无法提供1件。"
	count(rule.report) == 0 with input as _doc(t, _pairs(["2", "2", "1", "1"], "件"))
}

# pt-htp-2019: "X条，信息类别包括…" itemises X; the list has the rest
# (其他应主动公开的政府信息), so it is complete.
_htp := "一是通过“中国平潭”政府门户网站的“政府信息公开”专栏主动公开,共公开政府信息34条,信息类别包括国民经济和社会发展规划、专项规划、区域规划及相关政策1条,办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果3条,扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况3条,突发公共事件的应急预案、预警信息及应对情况4条,环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况9条,其他应主动公开的政府信息14条。"

test_baokuo_itemises if {
	count(rule.report) == 0 with input as _doc(_htp, _pairs(["34", "1", "3", "3", "4", "9", "14"], "条"))
	s := replace(_htp, "政府信息14条", "政府信息13条")
	r := rule.report with input as _doc(s, _pairs(["34", "1", "3", "3", "4", "9", "13"], "条"))
	count(r) == 1
	some v in r
	v.message == "总数34条与其后所列分项之和33条（1+3+3+4+9+13）不一致"
}

# pt-jtj-2023: "主要涉及" may name only some parts: the parts may add up to
# less than the total, not to more (unless the rest is among them).
_jtj := "2023年,我局主动公开政府信息74条,公开类别主要涉及机构职能类信息2条、政策规范性文件类信息6条、重大建设项目信息9条、为民办实事类信息6条、国土资源城乡建设环保能源类信息12条、安全生产和应急管理类信息17条和其他类信息22条。"

_jtj_numbers := ["74", "2", "6", "9", "6", "12", "17", "22"]

test_zhuyao_sheji if {
	count(rule.report) == 0 with input as _doc(_jtj, _pairs(_jtj_numbers, "条"))

	# without the rest: 2+6+9+6+12+17 = 52 < 74
	fewer := "2023年,我局主动公开政府信息74条,公开类别主要涉及机构职能类信息2条、政策规范性文件类信息6条、重大建设项目信息9条、为民办实事类信息6条、国土资源城乡建设环保能源类信息12条、安全生产和应急管理类信息17条。"
	count(rule.report) == 0 with input as _doc(fewer, _pairs(array.slice(_jtj_numbers, 0, 7), "条"))

	# 2+6+9+6+12+47 = 82 > 74
	more := replace(fewer, "17条", "47条")
	r := rule.report with input as _doc(more, _pairs(["74", "2", "6", "9", "6", "12", "47"], "条"))
	count(r) == 1
	some v in r
	v.message == "总数74条与其后所列分项之和82条（2+6+9+6+12+47）不一致"
}

# A list after 累计…X条 with other numbers between them.
test_leiji_then_qizhong if {
	s := "今年累计公开政府采购项目信息2536条,同比增长12%,其中采购意向公开536条,采购结果公告2000条。"
	count(rule.report) == 0 with input as _doc(s, [["2536", "条"], ["12", "%"], ["536", "条"], ["2000", "条"]])
	t := replace(s, "2000条", "1900条")
	r := rule.report with input as _doc(t, [["2536", "条"], ["12", "%"], ["536", "条"], ["1900", "条"]])
	count(r) == 1
}

# pt-gwh-2022: 注销5家 and 新增3家 are changes that led to 33, not parts
# of 33. (家 is given as the unit of these facts.)
test_changes_are_not_parts if {
	s := "二是加强政务新媒体管理,从原有的35家政务新媒体调整为33家,其中,注销5家维护更新不及时的政务新媒体,新增区行政审批局、区经济发展局、区交通建设局3家政务新媒体;持续深入推进“互联网+政务服务”。"
	count(rule.report) == 0 with input as _doc(s, _pairs(["35", "33", "5", "3"], "家"))
}

# A clause that begins another statement (同时, 另有, 此外…) ends the list.
test_another_statement_ends_the_list if {
	s := "网站全年主动公开政府信息3条,其中行政许可类信息1条,其他应主动公开信息2条,同时管委会官方网站发布信息353条。"
	count(rule.report) == 0 with input as _doc(s, _pairs(["3", "1", "2", "353"], "条"))
}
