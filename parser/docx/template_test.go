package docx_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/docx"
	"github.com/nianbao/nianbao/report"
)

// The tables of the 2021 template as Word lays them out: labels spanning
// columns (gridSpan) and rows (vMerge), as in the template the State
// Council's office published.

// valueCells returns one cell per value.
func valueCells(vals []int) string {
	var b strings.Builder
	for _, v := range vals {
		b.WriteString(cell("", strconv.Itoa(v)))
	}
	return b.String()
}

// appRow is a data row of table 三: its label cells and its 7 values.
type appRow struct {
	key    string
	labels string
	values []int
}

// applicationRows lays out the 25 data rows of table 三, with values that
// differ from row to row and from column to column.
func applicationRows() []appRow {
	groups := []struct {
		label string
		items []string
		keys  []string
	}{
		{"（三）不予公开", []string{"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"},
			[]string{"withheld_state_secret", "withheld_prohibited_by_law", "withheld_three_safety", "withheld_third_party", "withheld_internal_affairs", "withheld_process_info", "withheld_enforcement_file", "withheld_query_matter"}},
		{"（四）无法提供", []string{"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"},
			[]string{"unable_not_held", "unable_needs_creation", "unable_unclear"}},
		{"（五）不予处理", []string{"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"},
			[]string{"not_processed_complaint", "not_processed_duplicate", "not_processed_publication", "not_processed_excessive", "not_processed_confirmation"}},
		{"（六）其他处理", []string{"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"},
			[]string{"other_no_correction", "other_unpaid_fee", "other_misc"}},
	}
	var rows []appRow
	add := func(key, labels string) {
		k := len(rows) + 1
		rows = append(rows, appRow{key, labels, []int{k, 100 + k, 200 + k, 300 + k, 400 + k, 500 + k, 600 + k}})
	}
	add("new_received", cell(span(3), "一、本年新收政府信息公开申请数量"))
	add("carried_over", cell(span(3), "二、上年结转政府信息公开申请数量"))
	add("granted", cell(vRestart, "三、本年度办理结果")+cell(span(2), "（一）予以公开"))
	add("partially_granted", tc(vContinue)+tc(span(2), text("（二）部分公开"), text("（区分处理的，只计这一情形，不计其他情形）")))
	for _, g := range groups {
		for i, item := range g.items {
			group := tc(vContinue)
			if i == 0 {
				group = cell(vRestart, g.label)
			}
			add(g.keys[i], tc(vContinue)+group+cell("", item))
		}
	}
	add("total_processed", tc(vContinue)+cell(span(2), "（七）总计"))
	add("carried_forward", cell(span(3), "四、结转下年度继续办理"))
	return rows
}

func applicationsTable(rows []appRow) string {
	out := []string{
		tr(tc(span(3)+vRestart, text("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")), cell(span(7), "申请人情况")),
		tr(tc(span(3)+vContinue), cell(vRestart, "自然人"), cell(span(5), "法人或其他组织"), cell(vRestart, "总计")),
		tr(tc(span(3)+vContinue), tc(vContinue), cell("", "商业企业"), cell("", "科研机构"), cell("", "社会公益组织"), cell("", "法律服务机构"), cell("", "其他"), tc(vContinue)),
	}
	for _, r := range rows {
		out = append(out, tr(r.labels+valueCells(r.values)))
	}
	return tbl(out...)
}

var reviewValues = []int{1, 2, 0, 1, 4, 0, 1, 0, 0, 1, 2, 0, 0, 1, 3}

func reviewTable() string {
	var heads, labels strings.Builder
	for _, l := range []string{"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"} {
		heads.WriteString(cell(vRestart, l))
		labels.WriteString(cell("", l))
	}
	return tbl(
		tr(cell(span(5), "行政复议"), cell(span(10), "行政诉讼")),
		tr(heads.String()+cell(span(5), "未经复议直接起诉")+cell(span(5), "复议后起诉")),
		tr(strings.Repeat(tc(vContinue), 5)+labels.String()+labels.String()),
		tr(valueCells(reviewValues)),
	)
}

func activeTable() string {
	item := func(s string) string { return tr(cell(span(4), s)) }
	decision := func(label string, v string) string { return tr(cell("", label), cell(span(3), v)) }
	return tbl(
		item("第二十条第（一）项"),
		tr(cell("", "信息内容"), cell("", "本年制发件数"), cell("", "本年废止件数"), cell("", "现行有效件数")),
		tr(cell("", "规章"), valueCells([]int{1, 2, 3})),
		tr(cell("", "行政规范性文件"), valueCells([]int{4, 5, 6})),
		item("第二十条第（五）项"),
		decision("信息内容", "本年处理决定数量"),
		decision("行政许可", "11"),
		item("第二十条第（六）项"),
		decision("信息内容", "本年处理决定数量"),
		decision("行政处罚", "12"),
		decision("行政强制", "13"),
		item("第二十条第（八）项"),
		decision("信息内容", "本年收费金额（单位：万元）"),
		decision("行政事业性收费", "1.5"),
	)
}

func templateReport(rows []appRow) string {
	return text("某县发展和改革局2024年政府信息公开工作年度报告") +
		text("本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。") +
		text("一、总体情况") + text("2024年，本局主动公开政府信息120条。") +
		text("二、主动公开政府信息情况") + activeTable() +
		text("三、收到和处理政府信息公开申请情况") + applicationsTable(rows) +
		text("四、政府信息公开行政复议、行政诉讼情况") + reviewTable() +
		text("五、存在的主要问题及改进情况") + text("问题是……；改进措施是……。") +
		text("六、其他需要报告的事项") + text("本年度未收取信息处理费。") +
		text("某县发展和改革局") + text("2025年1月20日")
}

// Merged labels are read from their copies, and no number is counted twice.
func TestWordTemplateTables(t *testing.T) {
	rows := applicationRows()
	data := wordFile(t, templateReport(rows))
	doc, err := parser.Parse("template.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range doc.Notes {
		t.Errorf("note: %s", n.Message)
	}

	num := func(c report.Cell) string {
		if c.Value == nil {
			return "nil(" + c.Raw + ")"
		}
		return strconv.FormatFloat(*c.Value, 'f', -1, 64)
	}
	active := doc.Tables.Active
	if active == nil {
		t.Fatal("table 二 not found")
	}
	for _, c := range []struct {
		row, col, want string
	}{
		{"regulations", "issued", "1"}, {"regulations", "repealed", "2"}, {"regulations", "in_force", "3"},
		{"normative_documents", "issued", "4"}, {"normative_documents", "repealed", "5"}, {"normative_documents", "in_force", "6"},
		{"licensing", "decisions", "11"}, {"punishment", "decisions", "12"}, {"coercion", "decisions", "13"},
		{"administrative_fees", "amount", "1.5"},
	} {
		if got := num(active.Rows[c.row][c.col]); got != c.want {
			t.Errorf("table 二 %s.%s = %s, want %s", c.row, c.col, got, c.want)
		}
	}

	apps := doc.Tables.Applications
	if apps == nil {
		t.Fatal("table 三 not found")
	}
	if len(apps.Rows) != len(rows) {
		t.Errorf("table 三: %d rows, want %d", len(apps.Rows), len(rows))
	}
	for _, r := range rows {
		for i, col := range parser.ApplicationColumns {
			if got, want := num(apps.Rows[r.key][col]), strconv.Itoa(r.values[i]); got != want {
				t.Errorf("table 三 %s.%s = %s, want %s", r.key, col, got, want)
			}
		}
	}

	review := doc.Tables.Review
	if review == nil {
		t.Fatal("table 四 not found")
	}
	for g, group := range []map[string]report.Cell{review.Reconsideration, review.LitigationDirect, review.LitigationAfterReview} {
		for i, col := range parser.ReviewColumns {
			if got, want := num(group[col]), strconv.Itoa(reviewValues[g*5+i]); got != want {
				t.Errorf("table 四 group %d %s = %s, want %s", g+1, col, got, want)
			}
		}
	}

	// Every cell is located in the extracted text, on its row's line.
	d, err := docx.Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		for i, col := range parser.ApplicationColumns {
			c := apps.Rows[r.key][col]
			if got, want := locText(d, c.Loc), strconv.Itoa(r.values[i]); got != want || c.Loc.Paragraph != c.Loc.Line {
				t.Errorf("%s.%s at %+v: %q, want %q", r.key, col, c.Loc, got, want)
			}
		}
	}
	// The label of a row under a merged group label is the row's own.
	if l := apps.RowLabels["withheld_prohibited_by_law"]; l.Text != "2.其他法律行政法规禁止公开" {
		t.Errorf("row label = %+v", l)
	}
}
