package place

import (
	"slices"

	"github.com/nianbao/nianbao/report"
)

// Table keys.
const (
	TableActive       = "active"
	TableApplications = "applications"
	TableReview       = "review"
	TableFees         = "processing_fees"
)

// Term is a key of the document with the template's words for it.
type Term struct{ Key, Zh, En string }

// In is the term's words in lang.
func (t Term) In(lang string) string {
	if lang == "en" {
		return t.En
	}
	return t.Zh
}

// The template's rows and columns of tables 二, 三 and 四, by the
// document's keys, in template order.
var (
	ActiveRows = []Term{
		{"regulations", "规章", "Regulations"},
		{"normative_documents", "行政规范性文件", "Normative documents"},
		{"licensing", "行政许可", "Licensing"},
		{"punishment", "行政处罚", "Punishment"},
		{"coercion", "行政强制", "Coercion"},
		{"administrative_fees", "行政事业性收费", "Administrative fees"},
	}
	ActiveCols = []Term{
		{"issued", "本年制发件数", "issued this year"},
		{"repealed", "本年废止件数", "repealed this year"},
		{"in_force", "现行有效件数", "in force"},
		{"new_made", "本年新制作数量", "made this year"},
		{"new_published", "本年新公开数量", "published this year"},
		{"total_published", "对外公开总数量", "published in all"},
		{"decisions", "本年处理决定数量", "decisions this year"},
		{"amount", "本年收费金额（万元）", "fees this year (10,000 yuan)"},
	}
	ApplicationRows = []Term{
		{"new_received", "一、本年新收政府信息公开申请数量", "1. New applications this year"},
		{"carried_over", "二、上年结转政府信息公开申请数量", "2. Carried over from last year"},
		{"granted", "（一）予以公开", "3(1) Disclosed"},
		{"partially_granted", "（二）部分公开", "3(2) Partly disclosed"},
		{"withheld_state_secret", "（三）1.属于国家秘密", "3(3)1 State secret"},
		{"withheld_prohibited_by_law", "（三）2.其他法律行政法规禁止公开", "3(3)2 Prohibited by law"},
		{"withheld_three_safety", "（三）3.危及“三安全一稳定”", "3(3)3 Endangers security or stability"},
		{"withheld_third_party", "（三）4.保护第三方合法权益", "3(3)4 Third-party rights"},
		{"withheld_internal_affairs", "（三）5.属于三类内部事务信息", "3(3)5 Internal affairs"},
		{"withheld_process_info", "（三）6.属于四类过程性信息", "3(3)6 Process information"},
		{"withheld_enforcement_file", "（三）7.属于行政执法案卷", "3(3)7 Enforcement files"},
		{"withheld_query_matter", "（三）8.属于行政查询事项", "3(3)8 Query matters"},
		{"unable_not_held", "（四）1.本机关不掌握相关政府信息", "3(4)1 Not held"},
		{"unable_needs_creation", "（四）2.没有现成信息需要另行制作", "3(4)2 Would need creating"},
		{"unable_unclear", "（四）3.补正后申请内容仍不明确", "3(4)3 Still unclear"},
		{"not_processed_complaint", "（五）1.信访举报投诉类申请", "3(5)1 Petitions and complaints"},
		{"not_processed_duplicate", "（五）2.重复申请", "3(5)2 Repeated"},
		{"not_processed_publication", "（五）3.要求提供公开出版物", "3(5)3 Publications"},
		{"not_processed_excessive", "（五）4.无正当理由大量反复申请", "3(5)4 Excessive"},
		{"not_processed_confirmation", "（五）5.要求行政机关确认或重新出具已获取信息", "3(5)5 Confirmation"},
		{"other_handling", "（六）其他处理", "3(6) Other handling"},
		{"other_no_correction", "（六）1.申请人无正当理由逾期不补正", "3(6)1 Not corrected in time"},
		{"other_unpaid_fee", "（六）2.申请人逾期未缴纳信息处理费", "3(6)2 Fee not paid"},
		{"other_misc", "（六）3.其他", "3(6)3 Other"},
		{"total_processed", "（七）总计", "3(7) Total"},
		{"carried_forward", "四、结转下年度继续办理", "4. Carried forward"},
	}
	ApplicationCols = []Term{
		{"natural_person", "自然人", "natural persons"},
		{"commercial", "商业企业", "businesses"},
		{"research", "科研机构", "research bodies"},
		{"social_welfare", "社会公益组织", "public-interest bodies"},
		{"legal_service", "法律服务机构", "legal services"},
		{"other_org", "其他", "other"},
		{"legal_person_subtotal", "小计", "subtotal"},
		{"total", "总计", "total"},
	}
	ReviewGroups = []Term{
		{"reconsideration", "行政复议", "Reconsideration"},
		{"litigation_direct", "行政诉讼：未经复议直接起诉", "Litigation, direct"},
		{"litigation_after_review", "行政诉讼：复议后起诉", "Litigation after reconsideration"},
	}
	ReviewCols = []Term{
		{"upheld", "结果维持", "upheld"},
		{"corrected", "结果纠正", "corrected"},
		{"other", "其他结果", "other"},
		{"pending", "尚未审结", "pending"},
		{"total", "总计", "total"},
	}
	// FeeCells are the cells of the fee table.
	FeeCells = []Term{
		{"notified_count", "通知收取件数", "notified"},
		{"notified_amount", "通知收取金额", "amount notified"},
		{"collected_amount", "实际收取金额", "amount collected"},
	}
)

// Ordered returns the keys present, those of the template first in its
// order, then the others sorted.
func Ordered[V any](present map[string]V, template []Term) []string {
	var keys []string
	for _, t := range template {
		if _, ok := present[t.Key]; ok {
			keys = append(keys, t.Key)
		}
	}
	var rest []string
	for k := range present {
		if !slices.ContainsFunc(template, func(t Term) bool { return t.Key == k }) {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	return append(keys, rest...)
}

// Words returns the template's words for key in lang, or key itself when
// the template does not know it.
func Words(key string, template []Term, lang string) string {
	for _, t := range template {
		if t.Key == key {
			return t.In(lang)
		}
	}
	return key
}

// tableNames are the tables' names: in full, and short.
var tableNames = map[string][4]string{
	TableActive:       {"表二 主动公开政府信息情况", "Table 2: proactive disclosure", "表二", "Table 2"},
	TableApplications: {"表三 收到和处理政府信息公开申请情况", "Table 3: applications", "表三", "Table 3"},
	TableReview:       {"表四 政府信息公开行政复议、行政诉讼情况", "Table 4: reconsideration and litigation", "表四", "Table 4"},
	TableFees:         {"信息处理费收取情况", "Information processing fees", "信息处理费收取情况", "Information processing fees"},
}

// TableName is a table's name in lang ("表三 收到和处理政府信息公开申请情况").
func TableName(key, lang string) string {
	n, ok := tableNames[key]
	switch {
	case !ok:
		return key
	case lang == "en":
		return n[1]
	}
	return n[0]
}

// shortTableName is a table's number ("表三").
func shortTableName(key, lang string) string {
	n, ok := tableNames[key]
	switch {
	case !ok:
		return key
	case lang == "en":
		return n[3]
	}
	return n[2]
}

// rowsAndCols are each table's row and column terms.
var rowsAndCols = map[string][2][]Term{
	TableActive:       {ActiveRows, ActiveCols},
	TableApplications: {ApplicationRows, ApplicationCols},
	TableReview:       {ReviewGroups, ReviewCols},
	TableFees:         {nil, FeeCells},
}

// sectionNames are the sections' headings in the 2021 template.
var sectionNames = map[string][2]string{
	report.SectionOverview:         {"一、总体情况", "1. Overview"},
	report.SectionActiveDisclosure: {"二、主动公开政府信息情况", "2. Proactive disclosure"},
	report.SectionApplications:     {"三、收到和处理政府信息公开申请情况", "3. Applications"},
	report.SectionReviewLitigation: {"四、政府信息公开行政复议、行政诉讼情况", "4. Reconsideration and litigation"},
	report.SectionProblems:         {"五、存在的主要问题及改进情况", "5. Problems and improvements"},
	report.SectionOtherMatters:     {"六、其他需要报告的事项", "6. Other matters"},
	report.SectionProcessingFees:   {"信息处理费收取情况", "Information processing fees"},
}

func sectionName(key, lang string) string {
	if key == "" {
		if lang == "en" {
			return "before the sections"
		}
		return "正文前"
	}
	n, ok := sectionNames[key]
	switch {
	case !ok:
		return key
	case lang == "en":
		return n[1]
	}
	return n[0]
}

// curly puts s in quotation marks.
func curly(s string) string { return "“" + s + "”" }

// Describe says where p is for a reader, in lang: 表三 “（七）总计”
// “自然人”, 一、总体情况 “本机关2024年…”, 报告末尾.
func (p Place) Describe(lang string) string {
	en := lang == "en"
	terms := rowsAndCols[p.Table]
	switch p.Kind {
	case KindCell:
		s := shortTableName(p.Table, lang)
		if p.Row != "" {
			s += " " + curly(Words(p.Row, terms[0], lang))
		}
		return s + " " + curly(Words(p.Column, terms[1], lang))
	case KindLabel:
		if en {
			return shortTableName(p.Table, lang) + " row " + curly(Words(p.Row, terms[0], lang))
		}
		return shortTableName(p.Table, lang) + " " + curly(Words(p.Row, terms[0], lang)) + "行"
	case KindTable:
		return TableName(p.Table, lang)
	case KindHeading:
		if en {
			return "heading of " + sectionName(p.Section, lang)
		}
		return sectionName(p.Section, lang) + " 标题"
	case KindSubheading, KindSentence:
		return sectionName(p.Section, lang) + " " + curly(p.Text)
	case KindTitle:
		if en {
			return "title"
		}
		return "标题"
	case KindSection:
		return sectionName(p.Section, lang)
	case KindBefore:
		if en {
			return "before " + sectionName(p.Section, lang)
		}
		return sectionName(p.Section, lang) + " 之前"
	case KindEnd:
		if en {
			return "end of the report"
		}
		return "报告末尾"
	}
	if en {
		return "start of the report"
	}
	return "报告开头"
}
