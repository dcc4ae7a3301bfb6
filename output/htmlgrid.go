package output

import (
	"slices"
	"strings"

	"github.com/nianbao/nianbao/report"
)

// The template's labels of tables 二, 三 and 四 by the document's keys, in
// template order, for the review page. A row or column the template does
// not know is drawn after them, with the label the report gives it.

type label struct{ key, zh, en string }

var activeRows = []label{
	{"regulations", "规章", "Regulations"},
	{"normative_documents", "行政规范性文件", "Normative documents"},
	{"licensing", "行政许可", "Licensing"},
	{"punishment", "行政处罚", "Punishment"},
	{"coercion", "行政强制", "Coercion"},
	{"administrative_fees", "行政事业性收费", "Administrative fees"},
}

var activeCols = []label{
	{"issued", "本年制发件数", "issued this year"},
	{"repealed", "本年废止件数", "repealed this year"},
	{"in_force", "现行有效件数", "in force"},
	{"new_made", "本年新制作数量", "made this year"},
	{"new_published", "本年新公开数量", "published this year"},
	{"total_published", "对外公开总数量", "published in all"},
	{"decisions", "本年处理决定数量", "decisions this year"},
	{"amount", "本年收费金额（万元）", "fees this year (10,000 yuan)"},
}

var applicationRows = []label{
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

var applicationCols = []label{
	{"natural_person", "自然人", "natural persons"},
	{"commercial", "商业企业", "businesses"},
	{"research", "科研机构", "research bodies"},
	{"social_welfare", "社会公益组织", "public-interest bodies"},
	{"legal_service", "法律服务机构", "legal services"},
	{"other_org", "其他", "other"},
	{"legal_person_subtotal", "小计", "subtotal"},
	{"total", "总计", "total"},
}

var reviewGroups = []label{
	{"reconsideration", "行政复议", "Reconsideration"},
	{"litigation_direct", "行政诉讼：未经复议直接起诉", "Litigation, direct"},
	{"litigation_after_review", "行政诉讼：复议后起诉", "Litigation after reconsideration"},
}

var reviewCols = []label{
	{"upheld", "结果维持", "upheld"},
	{"corrected", "结果纠正", "corrected"},
	{"other", "其他结果", "other"},
	{"pending", "尚未审结", "pending"},
	{"total", "总计", "total"},
}

func (l label) in(lang string) string {
	if lang == "en" {
		return l.en
	}
	return l.zh
}

// ordered returns the keys present, those of the template first in its
// order, then the others sorted.
func ordered[V any](present map[string]V, template []label) []string {
	var keys []string
	for _, l := range template {
		if _, ok := present[l.key]; ok {
			keys = append(keys, l.key)
		}
	}
	var rest []string
	for k := range present {
		if !slices.ContainsFunc(template, func(l label) bool { return l.key == k }) {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	return append(keys, rest...)
}

func labelOf(key string, template []label, lang string) string {
	for _, l := range template {
		if l.key == key {
			return l.in(lang)
		}
	}
	return key
}

var tableNames = map[string][2]string{
	"active":       {"表二 主动公开政府信息情况", "Table 2: proactive disclosure"},
	"applications": {"表三 收到和处理政府信息公开申请情况", "Table 3: applications"},
	"review":       {"表四 政府信息公开行政复议、行政诉讼情况", "Table 4: reconsideration and litigation"},
	"fees":         {"信息处理费收取情况", "Information processing fees"},
}

func tableName(key, lang string) string {
	if lang == "en" {
		return tableNames[key][1]
	}
	return tableNames[key][0]
}

// grids draws the tables of a document.
func grids(t report.Tables, lang string) []*grid {
	var out []*grid
	if t.Active != nil {
		out = append(out, rowGrid("active", t.Active, activeRows, activeCols, lang))
	}
	if t.Applications != nil {
		out = append(out, rowGrid("applications", t.Applications, applicationRows, applicationCols, lang))
	}
	if t.Review != nil {
		out = append(out, reviewGrid(t.Review, lang))
	}
	if t.ProcessingFees != nil {
		g := &grid{Name: tableName("fees", lang), Loc: t.ProcessingFees.Loc}
		keys := ordered(t.ProcessingFees.Cells, nil)
		row := gridRow{}
		for _, k := range keys {
			g.Header = append(g.Header, k)
			c := t.ProcessingFees.Cells[k]
			row.Cells = append(row.Cells, cellItem(c, g.Name+" "+k))
		}
		g.Rows = append(g.Rows, row)
		out = append(out, g)
	}
	return out
}

// rowGrid draws table 二 or 三: a row per row key, a column per column key.
func rowGrid(name string, t *report.Table, rows, cols []label, lang string) *grid {
	g := &grid{Name: tableName(name, lang), Loc: t.Loc}
	present := map[string]bool{}
	for _, cells := range t.Rows {
		for k := range cells {
			present[k] = true
		}
	}
	colKeys := ordered(present, cols)
	for _, k := range colKeys {
		g.Header = append(g.Header, labelOf(k, cols, lang))
	}
	for _, rk := range ordered(t.Rows, rows) {
		lbl := labelOf(rk, rows, lang)
		r := gridRow{Label: &item{Kind: "label", Text: lbl}}
		if found, ok := t.RowLabels[rk]; ok {
			r.Label.Loc = found.Loc
			if lang != "en" && found.Text != "" {
				r.Label.Text = found.Text
			}
		}
		r.Label.Key = g.Name + " " + curly(r.Label.Text)
		for _, ck := range colKeys {
			c, ok := t.Rows[rk][ck]
			if !ok {
				r.Cells = append(r.Cells, nil)
				continue
			}
			r.Cells = append(r.Cells, cellItem(c, g.Name+" "+curly(lbl)+" "+curly(labelOf(ck, cols, lang))))
		}
		g.Rows = append(g.Rows, r)
	}
	return g
}

// reviewGrid draws table 四: one row, three groups of five columns.
func reviewGrid(t *report.ReviewTable, lang string) *grid {
	g := &grid{Name: tableName("review", lang), Loc: t.Loc}
	groups := map[string]map[string]report.Cell{
		"reconsideration": t.Reconsideration, "litigation_direct": t.LitigationDirect, "litigation_after_review": t.LitigationAfterReview,
	}
	row := gridRow{}
	for _, gl := range reviewGroups {
		cells := groups[gl.key]
		keys := ordered(cells, reviewCols)
		if len(keys) == 0 {
			continue
		}
		g.Groups = append(g.Groups, gridGroup{Label: gl.in(lang), Span: len(keys)})
		for _, k := range keys {
			g.Header = append(g.Header, labelOf(k, reviewCols, lang))
			row.Cells = append(row.Cells, cellItem(cells[k], g.Name+" "+curly(gl.in(lang))+" "+curly(labelOf(k, reviewCols, lang))))
		}
	}
	g.Rows = append(g.Rows, row)
	return g
}

// cellItem is a cell as drawn: its text as found, and where it stands in
// words (Key).
func cellItem(c report.Cell, where string) *item {
	text := strings.TrimSpace(c.Raw)
	return &item{Kind: "cell", Text: text, Loc: c.Loc, Key: where}
}

// curly puts s in quotation marks.
func curly(s string) string { return "“" + s + "”" }
