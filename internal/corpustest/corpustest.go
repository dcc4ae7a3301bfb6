// Package corpustest holds what two real reports in testdata say — the
// 2023 report of 淮安市洪泽区人民政府 and the 2024 report of 淮安市人民政府,
// read by eye from the published PDFs — and checks a document against it.
// The PDF tests and the tests of the text pdftotext gives of the same PDFs
// share these expectations.
package corpustest

import (
	"testing"

	"github.com/nianbao/nianbao/report"
)

// Report is what a report says.
type Report struct {
	Name     string // file name without extension
	Title    string
	Year     int
	Period   [2]string
	Address  string
	Postcode string
	Phone    string
	Email    string
	Active   map[string]map[string]float64
	Apps     map[string][7]float64 // every row of table 三, 7 columns
	Absent   []string              // row keys of table 三 that must not be there
	Labels   map[string]string     // row labels of table 三 as printed
	Review   [3][5]float64
	Sections int
}

// Reports are the two corpus reports.
var Reports = []Report{
	{
		Name:     "hongze-gov-2023",
		Title:    "洪泽区人民政府2023年政府信息公开工作年度报告",
		Year:     2023,
		Period:   [2]string{"2023-01-01", "2023-12-31"},
		Address:  "淮安市洪泽区洪泽湖大道90号",
		Postcode: "223100",
		Phone:    "0517-87222589",
		Email:    "hzzwgk@126.com",
		Active: map[string]map[string]float64{
			"regulations":         {"issued": 0, "repealed": 0, "in_force": 0},
			"normative_documents": {"issued": 0, "repealed": 5, "in_force": 5},
			"licensing":           {"decisions": 550},
			"punishment":          {"decisions": 4119},
			"coercion":            {"decisions": 195},
			"administrative_fees": {"amount": 7730.28},
		},
		Apps: map[string][7]float64{
			"new_received":               {21, 0, 0, 0, 0, 0, 21},
			"carried_over":               {0, 0, 0, 0, 0, 0, 0},
			"granted":                    {0, 0, 0, 0, 0, 0, 0},
			"partially_granted":          {4, 0, 0, 0, 0, 0, 4},
			"withheld_state_secret":      {1, 0, 0, 0, 0, 0, 1},
			"withheld_prohibited_by_law": {0, 0, 0, 0, 0, 0, 0},
			"withheld_three_safety":      {0, 0, 0, 0, 0, 0, 0},
			"withheld_third_party":       {0, 0, 0, 0, 0, 0, 0},
			"withheld_internal_affairs":  {0, 0, 0, 0, 0, 0, 0},
			"withheld_process_info":      {1, 0, 0, 0, 0, 0, 1},
			"withheld_enforcement_file":  {1, 0, 0, 0, 0, 0, 1},
			"withheld_query_matter":      {0, 0, 0, 0, 0, 0, 0},
			"unable_not_held":            {10, 0, 0, 0, 0, 0, 10},
			"unable_needs_creation":      {3, 0, 0, 0, 0, 0, 3},
			"unable_unclear":             {0, 0, 0, 0, 0, 0, 0},
			"not_processed_complaint":    {1, 0, 0, 0, 0, 0, 1},
			"not_processed_duplicate":    {0, 0, 0, 0, 0, 0, 0},
			"not_processed_publication":  {0, 0, 0, 0, 0, 0, 0},
			"not_processed_excessive":    {0, 0, 0, 0, 0, 0, 0},
			"not_processed_confirmation": {0, 0, 0, 0, 0, 0, 0},
			"other_handling":             {0, 0, 0, 0, 0, 0, 0},
			"total_processed":            {21, 0, 0, 0, 0, 0, 21},
			"carried_forward":            {0, 0, 0, 0, 0, 0, 0},
		},
		Absent: []string{"other_no_correction", "other_unpaid_fee", "other_misc"},
		// Labels as printed: a typo, and a label broken by a space.
		Labels: map[string]string{
			"withheld_prohibited_by_law": "2.其他法律行政止公开",
			"not_processed_excessive":    "4.无正当理由大量反复申请",
			"other_handling":             "(六)其他处理",
		},
		Review:   [3][5]float64{{10, 1, 0, 0, 0}, {0, 0, 0, 0, 0}, {5, 0, 0, 0, 0}},
		Sections: 6,
	},
	{
		Name:     "huaian-gov-2024",
		Title:    "淮安市人民政府2024年政府信息公开工作年度报告",
		Year:     2024,
		Period:   [2]string{"2024-01-01", "2024-12-31"},
		Address:  "淮安市翔宇南道1号",
		Postcode: "223001",
		Phone:    "0517-83605210",
		Email:    "hazwgkc@163.com",
		Active: map[string]map[string]float64{
			"regulations":         {"issued": 1, "repealed": 0, "in_force": 11},
			"normative_documents": {"issued": 8, "repealed": 26, "in_force": 66},
			"licensing":           {"decisions": 447228},
			"punishment":          {"decisions": 3985758},
			"coercion":            {"decisions": 88283},
			"administrative_fees": {"amount": 96171.6},
		},
		Apps: map[string][7]float64{
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
			"not_processed_publication":  {0, 0, 0, 0, 0, 0, 0},
			"not_processed_excessive":    {0, 0, 0, 0, 0, 0, 0},
			"not_processed_confirmation": {1, 0, 0, 0, 0, 0, 1},
			"other_no_correction":        {67, 3, 0, 0, 1, 0, 71},
			"other_unpaid_fee":           {6, 0, 0, 0, 0, 0, 6},
			"other_misc":                 {108, 2, 0, 0, 0, 0, 110},
			"total_processed":            {2932, 53, 0, 0, 61, 4, 3050},
			"carried_forward":            {103, 0, 0, 0, 0, 0, 103},
		},
		Absent:   []string{"other_handling"},
		Review:   [3][5]float64{{72, 64, 178, 37, 351}, {13, 4, 8, 1, 26}, {12, 1, 1, 6, 20}},
		Sections: 6,
	},
}

// AppColumns are table 三's columns in order.
var AppColumns = []string{"natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"}

// Check compares doc with what want says: title, year, period, contact,
// sections, every cell of tables 二, 三 and 四, and no notes.
func Check(t testing.TB, doc *report.Document, want Report) {
	t.Helper()
	if doc.Title == nil || doc.Title.Text != want.Title {
		t.Errorf("title: %+v, want %s", doc.Title, want.Title)
	}
	if doc.Year == nil || *doc.Year != want.Year {
		t.Errorf("year: %v, want %d", doc.Year, want.Year)
	}
	if doc.Period == nil || doc.Period.Start != want.Period[0] || doc.Period.End != want.Period[1] {
		t.Errorf("period: %+v, want %v", doc.Period, want.Period)
	}
	checkContact(t, doc.Contact, want)
	if len(doc.Sections) != want.Sections {
		t.Errorf("%d sections, want %d", len(doc.Sections), want.Sections)
	}
	checkActive(t, doc.Tables.Active, want)
	checkApplications(t, doc.Tables.Applications, want)
	checkReview(t, doc.Tables.Review, want)
	for _, n := range doc.Notes {
		t.Errorf("note: %+v", n)
	}
}

func checkContact(t testing.TB, c *report.Contact, want Report) {
	t.Helper()
	if c == nil {
		t.Fatal("no contact")
	}
	if c.Address == nil || c.Address.Value != want.Address {
		t.Errorf("address: %+v, want %s", c.Address, want.Address)
	}
	if c.Postcode == nil || c.Postcode.Value != want.Postcode {
		t.Errorf("postcode: %+v, want %s", c.Postcode, want.Postcode)
	}
	if len(c.Phones) != 1 || c.Phones[0].Value != want.Phone {
		t.Errorf("phones: %+v, want %s", c.Phones, want.Phone)
	}
	if len(c.Emails) != 1 || c.Emails[0].Value != want.Email {
		t.Errorf("emails: %+v, want %s", c.Emails, want.Email)
	}
}

func checkActive(t testing.TB, a *report.Table, want Report) {
	t.Helper()
	if a == nil {
		t.Fatal("no table 二")
	}
	for row, cols := range want.Active {
		for col, v := range cols {
			cell, ok := a.Rows[row][col]
			if !ok || cell.Value == nil || *cell.Value != v {
				t.Errorf("table 二 %s.%s = %+v, want %v", row, col, cell, v)
			}
		}
	}
}

func checkApplications(t testing.TB, a *report.Table, want Report) {
	t.Helper()
	if a == nil {
		t.Fatal("no table 三")
	}
	if len(a.Rows) != len(want.Apps) {
		t.Errorf("table 三 has %d rows, want %d", len(a.Rows), len(want.Apps))
	}
	for row, vals := range want.Apps {
		for i, col := range AppColumns {
			cell, ok := a.Rows[row][col]
			if !ok || cell.Value == nil || *cell.Value != vals[i] {
				t.Errorf("table 三 %s.%s = %+v, want %v", row, col, cell, vals[i])
			}
		}
	}
	for _, row := range want.Absent {
		if _, ok := a.Rows[row]; ok {
			t.Errorf("table 三 has a row %s", row)
		}
	}
	for row, label := range want.Labels {
		if got := a.RowLabels[row].Text; got != label {
			t.Errorf("table 三 label of %s = %q, want %q", row, got, label)
		}
	}
}

func checkReview(t testing.TB, r *report.ReviewTable, want Report) {
	t.Helper()
	if r == nil {
		t.Fatal("no table 四")
	}
	groups := []map[string]report.Cell{r.Reconsideration, r.LitigationDirect, r.LitigationAfterReview}
	for g, group := range groups {
		for i, col := range []string{"upheld", "corrected", "other", "pending", "total"} {
			cell, ok := group[col]
			if !ok || cell.Value == nil || *cell.Value != want.Review[g][i] {
				t.Errorf("table 四 group %d %s = %+v, want %v", g, col, cell, want.Review[g][i])
			}
		}
	}
}
