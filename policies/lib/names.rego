# METADATA
# title: Names
# description: |
#   Names of sections, tables, rows and columns in Chinese and English, as
#   messages quote them. names.section("overview") is "一、总体情况" or
#   "1. General situation" depending on the configured language.
package nianbao.lib.names

import data.nianbao.lib.config
import data.nianbao.lib.report

# section names a section with the number the report's template gives it:
# in a report with the 2025 template's 五、信息处理费收取情况, other_matters
# is "七、其他需要报告的事项".
section(key) := sprintf("%s、%s", [_numerals[report.section_number(key)], _sections[key].zh]) if {
	config.lang == "zh"
} else := sprintf("%d. %s", [report.section_number(key), _sections[key][config.lang]])

table(key) := _tables[key][config.lang]

app_row(key) := _app_rows[key][config.lang]

app_col(key) := _app_cols[key][config.lang]

review_group(key) := _review_groups[key][config.lang]

review_col(key) := _review_cols[key][config.lang]

active_row(key) := _active_rows[key][config.lang]

active_col(key) := _active_cols[key][config.lang]

# row names a row of a table ("active", "applications") or a group of table
# 四 ("review"), and column one of its columns, in the configured language;
# a key without a name is named by itself.
row(table, key) := n if {
	n := _rows[table][key][config.lang]
} else := key

column(table, key) := n if {
	n := _columns[table][key][config.lang]
} else := key

_rows := {"active": _active_rows, "applications": _app_rows, "review": _review_groups, "processing_fees": _fee_rows}

_columns := {"active": _active_cols, "applications": _app_cols, "review": _review_cols, "processing_fees": _fee_cols}

_fee_rows := {"row": {"zh": "信息处理费收取情况", "en": "processing fees"}}

_fee_cols := {
	"notified_count": {"zh": "通知收取件数", "en": "fee notices issued"},
	"notified_amount": {"zh": "通知收取金额", "en": "amount notified"},
	"collected_amount": {"zh": "实际收取金额", "en": "amount collected"},
}

# list joins names with the list separator of the configured language.
list(items) := concat("、", items) if {
	config.lang == "zh"
} else := concat(", ", items)

_sections := {
	"overview": {"zh": "总体情况", "en": "General situation"},
	"active_disclosure": {"zh": "主动公开政府信息情况", "en": "Proactive disclosure"},
	"applications": {"zh": "收到和处理政府信息公开申请情况", "en": "Applications received and handled"},
	"review_litigation": {"zh": "政府信息公开行政复议、行政诉讼情况", "en": "Administrative reconsideration and litigation"},
	"processing_fees": {"zh": "信息处理费收取情况", "en": "Information processing fees"},
	"problems": {"zh": "存在的主要问题及改进情况", "en": "Main problems and improvements"},
	"other_matters": {"zh": "其他需要报告的事项", "en": "Other matters"},
}

_numerals := {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七"}

_tables := {
	"active": {"zh": "表二（主动公开政府信息情况）", "en": "table 2 (proactive disclosure)"},
	"applications": {"zh": "表三（收到和处理政府信息公开申请情况）", "en": "table 3 (applications)"},
	"review": {"zh": "表四（行政复议、行政诉讼情况）", "en": "table 4 (reconsideration and litigation)"},
	"processing_fees": {"zh": "信息处理费收取情况表", "en": "table of processing fees"},
}

_app_rows := {
	"new_received": {"zh": "一、本年新收政府信息公开申请数量", "en": "1. new applications this year"},
	"carried_over": {"zh": "二、上年结转政府信息公开申请数量", "en": "2. applications carried over from last year"},
	"granted": {"zh": "（一）予以公开", "en": "3(1) granted"},
	"partially_granted": {"zh": "（二）部分公开", "en": "3(2) partially granted"},
	"withheld_state_secret": {"zh": "（三）不予公开 1.属于国家秘密", "en": "3(3)1 withheld: state secret"},
	"withheld_prohibited_by_law": {"zh": "（三）不予公开 2.其他法律行政法规禁止公开", "en": "3(3)2 withheld: prohibited by other laws"},
	"withheld_three_safety": {"zh": "（三）不予公开 3.危及“三安全一稳定”", "en": "3(3)3 withheld: endangers security or stability"},
	"withheld_third_party": {"zh": "（三）不予公开 4.保护第三方合法权益", "en": "3(3)4 withheld: third-party rights"},
	"withheld_internal_affairs": {"zh": "（三）不予公开 5.属于三类内部事务信息", "en": "3(3)5 withheld: internal affairs"},
	"withheld_process_info": {"zh": "（三）不予公开 6.属于四类过程性信息", "en": "3(3)6 withheld: process information"},
	"withheld_enforcement_file": {"zh": "（三）不予公开 7.属于行政执法案卷", "en": "3(3)7 withheld: enforcement files"},
	"withheld_query_matter": {"zh": "（三）不予公开 8.属于行政查询事项", "en": "3(3)8 withheld: query matters"},
	"unable_not_held": {"zh": "（四）无法提供 1.本机关不掌握相关政府信息", "en": "3(4)1 unable: not held"},
	"unable_needs_creation": {"zh": "（四）无法提供 2.没有现成信息需要另行制作", "en": "3(4)2 unable: would need to be created"},
	"unable_unclear": {"zh": "（四）无法提供 3.补正后申请内容仍不明确", "en": "3(4)3 unable: still unclear after correction"},
	"not_processed_complaint": {"zh": "（五）不予处理 1.信访举报投诉类申请", "en": "3(5)1 not processed: petitions and complaints"},
	"not_processed_duplicate": {"zh": "（五）不予处理 2.重复申请", "en": "3(5)2 not processed: duplicates"},
	"not_processed_publication": {"zh": "（五）不予处理 3.要求提供公开出版物", "en": "3(5)3 not processed: publications"},
	"not_processed_excessive": {"zh": "（五）不予处理 4.无正当理由大量反复申请", "en": "3(5)4 not processed: excessive repeated applications"},
	"not_processed_confirmation": {"zh": "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "en": "3(5)5 not processed: confirmation of information held"},
	"other_no_correction": {"zh": "（六）其他处理 1.申请人无正当理由逾期不补正", "en": "3(6)1 other: no correction in time"},
	"other_unpaid_fee": {"zh": "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用", "en": "3(6)2 other: fee notice not paid"},
	"other_misc": {"zh": "（六）其他处理 3.其他", "en": "3(6)3 other"},
	"other_handling": {"zh": "（六）其他处理", "en": "3(6) other handling"},
	"total_processed": {"zh": "（七）总计", "en": "3(7) total handled"},
	"carried_forward": {"zh": "四、结转下年度继续办理", "en": "4. carried forward to next year"},
}

_app_cols := {
	"natural_person": {"zh": "自然人", "en": "natural persons"},
	"commercial": {"zh": "商业企业", "en": "commercial enterprises"},
	"research": {"zh": "科研机构", "en": "research institutions"},
	"social_welfare": {"zh": "社会公益组织", "en": "public-interest organisations"},
	"legal_service": {"zh": "法律服务机构", "en": "legal service organisations"},
	"other_org": {"zh": "其他", "en": "other organisations"},
	"legal_person_subtotal": {"zh": "法人或其他组织小计", "en": "legal persons subtotal"},
	"total": {"zh": "总计", "en": "total"},
}

_review_groups := {
	"reconsideration": {"zh": "行政复议", "en": "administrative reconsideration"},
	"litigation_direct": {"zh": "行政诉讼（未经复议直接起诉）", "en": "litigation without reconsideration"},
	"litigation_after_review": {"zh": "行政诉讼（复议后起诉）", "en": "litigation after reconsideration"},
}

_review_cols := {
	"upheld": {"zh": "结果维持", "en": "upheld"},
	"corrected": {"zh": "结果纠正", "en": "corrected"},
	"other": {"zh": "其他结果", "en": "other results"},
	"pending": {"zh": "尚未审结", "en": "pending"},
	"total": {"zh": "总计", "en": "total"},
}

_active_rows := {
	"regulations": {"zh": "规章", "en": "regulations"},
	"normative_documents": {"zh": "行政规范性文件", "en": "normative documents"},
	"licensing": {"zh": "行政许可", "en": "administrative licensing"},
	"other_services": {"zh": "其他对外管理服务事项", "en": "other external management services"},
	"punishment": {"zh": "行政处罚", "en": "administrative penalties"},
	"coercion": {"zh": "行政强制", "en": "administrative coercion"},
	"administrative_fees": {"zh": "行政事业性收费", "en": "administrative fees"},
	"procurement": {"zh": "政府集中采购", "en": "government procurement"},
}

_active_cols := {
	"issued": {"zh": "本年制发件数", "en": "issued this year"},
	"repealed": {"zh": "本年废止件数", "en": "repealed this year"},
	"in_force": {"zh": "现行有效件数", "en": "in force"},
	"decisions": {"zh": "处理决定数量", "en": "decisions"},
	"amount": {"zh": "金额（万元）", "en": "amount (10,000 yuan)"},
	"new_made": {"zh": "本年新制作数量", "en": "newly made"},
	"new_published": {"zh": "本年新公开数量", "en": "newly published"},
	"total_published": {"zh": "对外公开总数量", "en": "total published"},
	"previous_count": {"zh": "上一年项目数量", "en": "items last year"},
	"change": {"zh": "本年增/减", "en": "change this year"},
	"project_count": {"zh": "采购项目数量", "en": "procurement projects"},
}
