# METADATA
# title: 发布逾期
# description: |
#   《中华人民共和国政府信息公开条例》第四十九条规定：县级以上人民政府部门应当
#   在每年1月31日前公布本部门上一年度的年度报告；县级以上地方人民政府的政府
#   信息公开工作主管部门应当在每年3月31日前公布本级政府上一年度的年度报告。
#   落款日期晚于期限时报告（期限当天发布不算逾期），位置在该日期；报告没有
#   落款日期时，按网页标注的页面发布日期（source.page_date）核对，消息中注明
#   所用的是“落款日期”还是“页面发布日期”。发布机关
#   类别根据名称判断（可用 --issuer-kind 指定）；乡镇、街道和类别不明的机关按
#   3月31日计。2019年修订的条例施行前的年度报告不作此检查。
# custom:
#   id: dates/published-late
#   category: dates
#   severity: error
#   title_en: Published late
#   description_en: |
#     Article 49 of the Regulations on Open Government Information: the
#     departments of governments at county level and above publish last
#     year's report by 31 January; the disclosure authority of a local
#     government at county level and above publishes the government's own
#     report by 31 March. A date under the signature after the deadline (the
#     deadline itself is in time) is reported at that date; a report with
#     no such date is checked by the date of the web page around it
#     (source.page_date), and the message says which date it used. The issuer kind
#     comes from its name (or --issuer-kind); townships, streets and bodies
#     of unknown kind get 31 March. Reports for years before the 2019
#     revision of the Regulations are not checked.
#   basis: 《中华人民共和国政府信息公开条例》第四十九条
#   message:
#     zh: "{source}{date}晚于《中华人民共和国政府信息公开条例》第四十九条规定的期限{deadline}（{who}）"
#     en: "Published on {date} ({source}), after the deadline of {deadline} set by article 49 of the Regulations on Open Government Information ({who})"
package nianbao.rules.dates["published-late"]

import data.nianbao.lib.config
import data.nianbao.lib.phrases
import data.nianbao.lib.report as doc
import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), params, published.loc) if {
	year := phrases.year
	year >= 2019
	published := phrases.publication
	deadline := sprintf("%d-%s", [year + 1, _deadline[_kind]])
	published.date > deadline
	params := {
		"source": phrases.publication_source,
		"date": phrases.date_text(published.date),
		"deadline": phrases.date_text(deadline),
		"who": _who[_kind][config.lang],
	}
}

_kind := k if {
	k := doc.issuer_kind
	_deadline[k]
} else := "unknown"

_deadline := {"department": "01-31", "government": "03-31", "township": "03-31", "unknown": "03-31"}

_who := {
	"department": {"zh": "县级以上人民政府部门应于每年1月31日前公布", "en": "departments publish by 31 January"},
	"government": {"zh": "县级以上地方人民政府应于每年3月31日前公布", "en": "governments publish by 31 March"},
	"township": {"zh": "乡镇人民政府、街道办事处按3月31日计", "en": "townships and streets: 31 March"},
	"unknown": {"zh": "发布机关类别不明，按3月31日计", "en": "issuer kind unknown, so the later deadline of 31 March"},
}
