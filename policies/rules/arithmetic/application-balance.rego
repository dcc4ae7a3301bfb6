# METADATA
# title: 申请数量不平衡
# description: |
#   表三（收到和处理政府信息公开申请情况）每一列都应满足模板表头注明的勾稽关系：
#   “一、本年新收”加“二、上年结转”之和，等于“三、本年度办理结果（七）总计”加
#   “四、结转下年度继续办理”之和。某一列不平衡，说明有申请被漏计、重计或填错。
#   诊断定位到最可能填错的单元格：若参与计算的四行中恰有一行的横向合计也不成立，
#   即为该行在此列的单元格，否则为“（七）总计”单元格。请核对该列四个数字。
# custom:
#   id: arithmetic/application-balance
#   category: arithmetic
#   severity: error
#   title_en: Applications do not balance
#   description_en: |
#     In every column of table 3 (applications), new applications plus those
#     carried over from last year must equal the applications handled
#     (3(7) total) plus those carried forward to next year, as the note in the
#     template's header says. A column that does not balance has applications
#     counted twice, left out or mistyped. The diagnostic points at the cell
#     most likely wrong: the cell in that column of the one row among the four
#     whose own row sum also fails, else the 3(7) total cell.
#   basis: 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》表三勾稽关系
#   message:
#     zh: 第一项加第二项之和（{left}）不等于第三项加第四项之和（{right}）（{column}列）
#     en: Items 1 + 2 ({left}) do not equal items 3 + 4 ({right}) (column {column})
package nianbao.rules.arithmetic["application-balance"]

import data.nianbao.lib.arithmetic
import data.nianbao.lib.names
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, arithmetic.balance_loc(col)) if {
	some col in arithmetic.balance_fails
	b := arithmetic.balance[col]
	params := {
		"left": arithmetic.show(b.left),
		"right": arithmetic.show(b.right),
		"column": names.app_col(col),
	}
}
