package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// rows7 lists table 三 rows (7 columns) by key; rows not listed are zero.
type rows7 map[string]row7

// TestColumnAlignedText reads the text pdftotext -layout gives of two real
// reports (testdata/layout): labels wrapped over lines, numbers aligned in
// columns, page numbers inside tables, a vertical group label spelt one
// character per line. The values were read off the text by eye.
func TestColumnAlignedText(t *testing.T) {
	tests := []struct {
		file     string
		title    string
		year     int
		contact  [4]string // address, postcode, phone, e-mail
		active   activeExpect
		apps     rows7
		single   bool // one （六）其他处理 row
		review   reviewExpect
		typoText string // a row label kept as printed
	}{
		{
			file:    "hongze-gov-2023.layout.txt",
			title:   "洪泽区人民政府2023年政府信息公开工作年度报告",
			year:    2023,
			contact: [4]string{"淮安市洪泽区洪泽湖大道90号", "223100", "0517-87222589", "hzzwgk@126.com"},
			active: activeExpect{
				"regulations":         {"issued": 0, "repealed": 0, "in_force": 0},
				"normative_documents": {"issued": 0, "repealed": 5, "in_force": 5},
				"licensing":           {"decisions": 550},
				"punishment":          {"decisions": 4119},
				"coercion":            {"decisions": 195},
				"administrative_fees": {"amount": 7730.28},
			},
			apps: rows7{
				"new_received":              {21, 0, 0, 0, 0, 0, 21},
				"partially_granted":         {4, 0, 0, 0, 0, 0, 4},
				"withheld_state_secret":     {1, 0, 0, 0, 0, 0, 1},
				"withheld_process_info":     {1, 0, 0, 0, 0, 0, 1},
				"withheld_enforcement_file": {1, 0, 0, 0, 0, 0, 1},
				"unable_not_held":           {10, 0, 0, 0, 0, 0, 10},
				"unable_needs_creation":     {3, 0, 0, 0, 0, 0, 3},
				"not_processed_complaint":   {1, 0, 0, 0, 0, 0, 1},
				"total_processed":           {21, 0, 0, 0, 0, 0, 21},
			},
			single:   true,
			review:   reviewExpect{10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0},
			typoText: "2.其他法律行政止公开",
		},
		{
			file:    "huaian-gov-2024.layout.txt",
			title:   "淮安市人民政府2024年政府信息公开工作年度报告",
			year:    2024,
			contact: [4]string{"淮安市翔宇南道1号", "223001", "0517-83605210", "hazwgkc@163.com"},
			active: activeExpect{
				"regulations":         {"issued": 1, "repealed": 0, "in_force": 11},
				"normative_documents": {"issued": 8, "repealed": 26, "in_force": 66},
				"licensing":           {"decisions": 447228},
				"punishment":          {"decisions": 3985758},
				"coercion":            {"decisions": 88283},
				"administrative_fees": {"amount": 96171.6},
			},
			apps: rows7{
				"new_received":               {3001, 53, 0, 0, 61, 4, 3119},
				"carried_over":               {34, 0, 0, 0, 0, 0, 34},
				"granted":                    {1288, 21, 0, 0, 50, 3, 1362},
				"partially_granted":          {447, 7, 0, 0, 0, 0, 454},
				"withheld_state_secret":      {2, 0, 0, 0, 0, 0, 2},
				"withheld_prohibited_by_law": {30, 1, 0, 0, 0, 0, 31},
				"withheld_three_safety":      {5, 0, 0, 0, 0, 0, 5},
				"withheld_third_party":       {6, 0, 0, 0, 0, 0, 6},
				"withheld_internal_affairs":  {7, 1, 0, 0, 0, 0, 8},
				"withheld_process_info":      {12, 0, 0, 0, 0, 0, 12},
				"withheld_enforcement_file":  {9, 0, 0, 0, 0, 0, 9},
				"withheld_query_matter":      {105, 0, 0, 0, 0, 0, 105},
				"unable_not_held":            {746, 12, 0, 0, 10, 1, 769},
				"unable_needs_creation":      {11, 0, 0, 0, 0, 0, 11},
				"unable_unclear":             {1, 0, 0, 0, 0, 0, 1},
				"not_processed_complaint":    {56, 6, 0, 0, 0, 0, 62},
				"not_processed_duplicate":    {25, 0, 0, 0, 0, 0, 25},
				"not_processed_confirmation": {1, 0, 0, 0, 0, 0, 1},
				"other_no_correction":        {67, 3, 0, 0, 1, 0, 71},
				"other_unpaid_fee":           {6, 0, 0, 0, 0, 0, 6},
				"other_misc":                 {108, 2, 0, 0, 0, 0, 110},
				"total_processed":            {2932, 53, 0, 0, 61, 4, 3050},
				"carried_forward":            {103, 0, 0, 0, 0, 0, 103},
			},
			review: reviewExpect{72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "layout", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parser.Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title == nil || doc.Title.Text != tt.title {
				t.Errorf("title = %+v, want %s", doc.Title, tt.title)
			}
			checkYear(t, "year", doc.Year, tt.year)
			c := doc.Contact
			if c == nil || fieldValue(c.Address) != tt.contact[0] || fieldValue(c.Postcode) != tt.contact[1] ||
				len(c.Phones) != 1 || c.Phones[0].Value != tt.contact[2] || len(c.Emails) != 1 || c.Emails[0].Value != tt.contact[3] {
				t.Errorf("contact = %+v, want %q", c, tt.contact)
			}
			checkActive(t, doc.Tables.Active, tt.active)
			checkApps(t, doc.Tables.Applications, tt.apps, tt.single)
			checkReview(t, doc.Tables.Review, tt.review)
			if tt.typoText != "" && doc.Tables.Applications.RowLabels["withheld_prohibited_by_law"].Text != tt.typoText {
				t.Errorf("label = %q, want %q as printed", doc.Tables.Applications.RowLabels["withheld_prohibited_by_law"].Text, tt.typoText)
			}
			if len(doc.Notes) != 0 {
				t.Errorf("notes = %+v", doc.Notes)
			}
		})
	}
}

// checkApps checks every cell of table 三: the rows in want, all other rows
// of the template (with the single （六） row when single) zero.
func checkApps(t *testing.T, tb *report.Table, want rows7, single bool) {
	t.Helper()
	if tb == nil {
		t.Fatal("table 三 not found")
	}
	var keys []string
	for _, k := range parser.ApplicationRows {
		switch {
		case single && (k == "other_no_correction" || k == "other_unpaid_fee"):
		case single && k == "other_misc":
			keys = append(keys, "other_handling")
		default:
			keys = append(keys, k)
		}
	}
	if len(tb.Rows) != len(keys) {
		t.Errorf("table 三 has %d rows, want %d", len(tb.Rows), len(keys))
	}
	for _, k := range keys {
		w := want[k]
		for i, col := range parser.ApplicationColumns {
			checkCell(t, "table 三 "+k+"."+col, tb.Rows[k][col], w[i])
		}
	}
}

// TestEightColumns reads a table 三 with a 法人或其他组织 subtotal column.
func TestEightColumns(t *testing.T) {
	var b strings.Builder
	b.WriteString("某县人民政府2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n")
	b.WriteString("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n")
	b.WriteString("自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 小计 |\n")
	labels := []string{"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "(一)予以公开", "(七)总计", "四、结转下年度继续办理"}
	for _, l := range labels {
		b.WriteString(l + " | 5 | 1 | 0 | 2 | 0 | 1 | 4 | 9 |\n")
	}
	doc, err := parser.Parse("eight.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	row := doc.Tables.Applications.Rows["new_received"]
	want := map[string]float64{"natural_person": 5, "commercial": 1, "research": 0, "social_welfare": 2, "legal_service": 0, "other_org": 1, "legal_person_subtotal": 4, "total": 9}
	if len(row) != 8 {
		t.Fatalf("new_received = %+v, want 8 cells", row)
	}
	for col, v := range want {
		checkCell(t, "new_received."+col, row[col], v)
	}
}
