# METADATA
# title: Vocabularies
# description: |
#   The wordings rules recognise in the narrative, kept as data in one place
#   so that a new wording found in a real report is added here, not in a
#   rule: how a report says whether 信息处理费 was charged, and the words
#   that show each of the five aspects of 一、总体情况.
package nianbao.lib.vocabulary

# fee_statement is how a sentence says whether the information processing
# fee (信息处理费) was charged. A sentence is read after the patterns of
# ignore are removed from it: the titles of the documents it cites
# (《…信息处理费管理办法》), other fees called 处理费, and 行政事业性收费
# (table 二's administrative fees, a different fee). It states the fee when
#
#   - it names the fee (one of fee) and says whether it was charged (one of
#     said, or a match of amount: "收取信息处理费0元", "信息处理费：无"); or
#   - it speaks of fees (one of charge) for disclosure (one of disclosure)
#     and says that none arose or was charged (one of said):
#     "政府信息公开未发生收费情况".
fee_statement := {
	"ignore": [
		`《[^》]*》`,
		`(污水|垃圾|废物|污泥|餐厨)处理费`,
		`行政事业性收费`,
	],
	"fee": ["处理费"],
	"disclosure": ["信息公开", "依申请公开"],
	"charge": ["收费", "费用"],
	"said": [
		"未收取", "未收费", "无收取", "没有收取", "不收取", "免收", "不收费", "零收费",
		"未发生", "没有发生", "未产生", "没有产生", "无产生", "未涉及", "不涉及",
	],
	"amount": `[0-9零]+(\.[0-9]+)?万?元|(处理费|收费|收取)(情况|金额)?(为|共计|共|合计)?[:：]?(0|零|无([，,；;]|$))`,
}

# overview_aspects are the five aspects the 2021 template asks 一、总体情况
# to cover, each with its name and the words that show it. A word counts
# in the section's sub-headings and in its text; in the text only after
# the phrases of not are removed: slogans and rights that name a word of
# the aspect without reporting on it ("以更高质量的公开来强监督", "监督权").
overview_aspects := [
	{
		"name": {"zh": "主动公开", "en": "proactive disclosure"},
		"words": ["主动公开"],
		"not": [],
	},
	{
		"name": {"zh": "依申请公开", "en": "disclosure on application"},
		"words": ["依申请", "政府信息公开申请"],
		"not": [],
	},
	{
		"name": {"zh": "政府信息管理", "en": "government information management"},
		"words": [
			"信息管理", "审查制度", "审查机制", "保密审查", "目录编制", "编制目录", "公开目录",
			"标准目录", "发布流程", "发布审核", "失效文件清理", "文件清理",
		],
		"not": [],
	},
	{
		"name": {"zh": "政府信息公开平台建设", "en": "disclosure platforms"},
		"words": ["平台", "网站", "政务新媒体", "新媒体", "微信公众号", "公众号", "专栏", "公开栏"],
		"not": [],
	},
	{
		"name": {"zh": "监督保障", "en": "supervision and safeguards"},
		"words": ["监督", "考核", "考评", "培训", "社会评议", "责任追究", "督查"],
		"not": ["强监督", "促监督", "监督权"],
	},
]
