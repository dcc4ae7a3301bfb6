# METADATA
# title: Vocabularies
# description: |
#   The wordings rules recognise in the narrative, kept as data in one place
#   so that a new wording found in a real report is added here, not in a
#   rule: the words that show each of the five aspects of 一、总体情况.
package nianbao.lib.vocabulary

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
