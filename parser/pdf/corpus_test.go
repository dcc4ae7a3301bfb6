package pdf_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// The expectations below were read from the PDFs themselves (rendered
// pages), not from nianbao's output.

var appColumns = []string{"natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"}

type corpusCase struct {
	file      string
	title     string
	year      int
	period    [2]string
	lastLine  string // the document ends here: no date or signature follows
	address   string
	postcode  string
	phone     string
	email     string
	active    map[string]map[string]float64
	apps      map[string][7]float64
	absent    []string // row keys of table 三 that must not be there
	labels    map[string]string
	review    [3][5]float64
	cellPages map[string]int // "table.row.column" → page of that cell
	sections  int
}

var corpus = []corpusCase{
	{
		file:     "hongze-gov-2023.pdf",
		title:    "洪泽区人民政府2023年政府信息公开工作年度报告",
		year:     2023,
		period:   [2]string{"2023-01-01", "2023-12-31"},
		lastLine: "法》,全年收取政府信息公开信息处理费 0 元。",
		address:  "淮安市洪泽区洪泽湖大道90号",
		postcode: "223100",
		phone:    "0517-87222589",
		email:    "hzzwgk@126.com",
		active: map[string]map[string]float64{
			"regulations":         {"issued": 0, "repealed": 0, "in_force": 0},
			"normative_documents": {"issued": 0, "repealed": 5, "in_force": 5},
			"licensing":           {"decisions": 550},
			"punishment":          {"decisions": 4119},
			"coercion":            {"decisions": 195},
			"administrative_fees": {"amount": 7730.28},
		},
		apps: map[string][7]float64{
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
		absent: []string{"other_no_correction", "other_unpaid_fee", "other_misc"},
		// Labels as printed: a typo, and a label broken by a space.
		labels: map[string]string{
			"withheld_prohibited_by_law": "2.其他法律行政止公开",
			"not_processed_excessive":    "4.无正当理由大量反复申请",
			"other_handling":             "(六)其他处理",
		},
		review: [3][5]float64{{10, 1, 0, 0, 0}, {0, 0, 0, 0, 0}, {5, 0, 0, 0, 0}},
		cellPages: map[string]int{
			"active.regulations.issued":             2,
			"active.administrative_fees.amount":     3,
			"applications.new_received.total":       3,
			"applications.carried_forward.total":    4,
			"review.reconsideration.upheld":         4,
			"review.litigation_after_review.upheld": 4,
		},
		sections: 6,
	},
	{
		file:     "huaian-gov-2024.pdf",
		title:    "淮安市人民政府2024年政府信息公开工作年度报告",
		year:     2024,
		period:   [2]string{"2024-01-01", "2024-12-31"},
		lastLine: "办法》,全年收取政府信息公开信息处理费 3940 元。",
		address:  "淮安市翔宇南道1号",
		postcode: "223001",
		phone:    "0517-83605210",
		email:    "hazwgkc@163.com",
		active: map[string]map[string]float64{
			"regulations":         {"issued": 1, "repealed": 0, "in_force": 11},
			"normative_documents": {"issued": 8, "repealed": 26, "in_force": 66},
			"licensing":           {"decisions": 447228},
			"punishment":          {"decisions": 3985758},
			"coercion":            {"decisions": 88283},
			"administrative_fees": {"amount": 96171.6},
		},
		apps: map[string][7]float64{
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
		absent: []string{"other_handling"},
		review: [3][5]float64{{72, 64, 178, 37, 351}, {13, 4, 8, 1, 26}, {12, 1, 1, 6, 20}},
		cellPages: map[string]int{
			"active.regulations.in_force":              3,
			"active.administrative_fees.amount":        4,
			"applications.new_received.natural_person": 4,
			"applications.unable_needs_creation.total": 5,
			"review.reconsideration.total":             5,
			"review.litigation_direct.pending":         5,
		},
		sections: 6,
	},
}

func TestCorpus(t *testing.T) {
	for _, tc := range corpus {
		t.Run(strings.TrimSuffix(tc.file, ".pdf"), func(t *testing.T) {
			path := filepath.Join("..", "..", "testdata", "pdf", tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parser.Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			ext, err := parser.Extract(path, data)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, tc, doc, ext.Text)
			checkActive(t, tc, doc)
			checkApplications(t, tc, doc)
			checkReview(t, tc, doc)
			checkCellPages(t, tc, doc, ext.Text)
		})
	}
}

func checkDocument(t *testing.T, tc corpusCase, doc *report.Document, text string) {
	t.Helper()
	if doc.Source.Format != report.FormatPDF || doc.Source.Pages == 0 {
		t.Errorf("source: %+v", doc.Source)
	}
	if doc.Title == nil || doc.Title.Text != tc.title || doc.Title.Loc.Page != 1 {
		t.Errorf("title: %+v", doc.Title)
	}
	if doc.Year == nil || *doc.Year != tc.year {
		t.Errorf("year: %v", doc.Year)
	}
	if doc.Period == nil || doc.Period.Start != tc.period[0] || doc.Period.End != tc.period[1] {
		t.Errorf("period: %+v", doc.Period)
	}
	// The published PDF has no date under the report: its last page ends
	// with the fee sentence (no signature, no date, no image of a stamp).
	ls := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if last := strings.TrimSpace(ls[len(ls)-1]); last != tc.lastLine {
		t.Errorf("last line %q, want %q", last, tc.lastLine)
	}
	if doc.Published != nil {
		t.Errorf("published: %+v", doc.Published)
	}
	c := doc.Contact
	if c == nil {
		t.Fatal("no contact")
	}
	if c.Address == nil || c.Address.Value != tc.address {
		t.Errorf("address: %+v", c.Address)
	}
	if c.Postcode == nil || c.Postcode.Value != tc.postcode {
		t.Errorf("postcode: %+v", c.Postcode)
	}
	if len(c.Phones) != 1 || c.Phones[0].Value != tc.phone {
		t.Errorf("phones: %+v", c.Phones)
	}
	if len(c.Emails) != 1 || c.Emails[0].Value != tc.email || c.Emails[0].Loc.Page != 1 {
		t.Errorf("emails: %+v", c.Emails)
	}
	if len(doc.Sections) != tc.sections {
		t.Errorf("%d sections", len(doc.Sections))
	}
	for _, n := range doc.Notes {
		t.Errorf("note: %+v", n)
	}
}

func checkActive(t *testing.T, tc corpusCase, doc *report.Document) {
	t.Helper()
	a := doc.Tables.Active
	if a == nil {
		t.Fatal("no table 二")
	}
	for row, cols := range tc.active {
		for col, want := range cols {
			cell, ok := a.Rows[row][col]
			if !ok || cell.Value == nil || *cell.Value != want {
				t.Errorf("table 二 %s.%s = %+v, want %v", row, col, cell, want)
			}
		}
	}
}

func checkApplications(t *testing.T, tc corpusCase, doc *report.Document) {
	t.Helper()
	a := doc.Tables.Applications
	if a == nil {
		t.Fatal("no table 三")
	}
	if len(a.Rows) != len(tc.apps) {
		t.Errorf("table 三 has %d rows, want %d", len(a.Rows), len(tc.apps))
	}
	for row, want := range tc.apps {
		for i, col := range appColumns {
			cell, ok := a.Rows[row][col]
			if !ok || cell.Value == nil || *cell.Value != want[i] {
				t.Errorf("table 三 %s.%s = %+v, want %v", row, col, cell, want[i])
			}
		}
	}
	for _, row := range tc.absent {
		if _, ok := a.Rows[row]; ok {
			t.Errorf("table 三 has a row %s", row)
		}
	}
	for row, want := range tc.labels {
		if got := a.RowLabels[row].Text; got != want {
			t.Errorf("table 三 label of %s = %q, want %q", row, got, want)
		}
	}
}

func checkReview(t *testing.T, tc corpusCase, doc *report.Document) {
	t.Helper()
	r := doc.Tables.Review
	if r == nil {
		t.Fatal("no table 四")
	}
	groups := []map[string]report.Cell{r.Reconsideration, r.LitigationDirect, r.LitigationAfterReview}
	for g, group := range groups {
		for i, col := range []string{"upheld", "corrected", "other", "pending", "total"} {
			cell, ok := group[col]
			if !ok || cell.Value == nil || *cell.Value != tc.review[g][i] {
				t.Errorf("table 四 group %d %s = %+v, want %v", g, col, cell, tc.review[g][i])
			}
		}
	}
}

// checkCellPages checks that cells are located on their page and that
// their locations point at their text in the extracted text.
func checkCellPages(t *testing.T, tc corpusCase, doc *report.Document, text string) {
	t.Helper()
	ls := strings.Split(text, "\n")
	for key, page := range tc.cellPages {
		parts := strings.Split(key, ".")
		var cell report.Cell
		switch parts[0] {
		case "active":
			cell = doc.Tables.Active.Rows[parts[1]][parts[2]]
		case "applications":
			cell = doc.Tables.Applications.Rows[parts[1]][parts[2]]
		case "review":
			r := doc.Tables.Review
			cell = map[string]map[string]report.Cell{
				"reconsideration": r.Reconsideration, "litigation_direct": r.LitigationDirect,
				"litigation_after_review": r.LitigationAfterReview,
			}[parts[1]][parts[2]]
		}
		l := cell.Loc
		if l.Page != page {
			t.Errorf("%s: on page %d, want %d", key, l.Page, page)
		}
		if l.Line < 1 || l.Line > len(ls) || l.EndLine != l.Line {
			t.Errorf("%s: bad location %+v", key, l)
			continue
		}
		runes := []rune(ls[l.Line-1])
		if l.Column < 1 || l.EndColumn-1 > len(runes) || l.EndColumn <= l.Column {
			t.Errorf("%s: bad columns %+v in %q", key, l, ls[l.Line-1])
			continue
		}
		if got := string(runes[l.Column-1 : l.EndColumn-1]); got != cell.Raw || got == "" {
			t.Errorf("%s: location points at %q, the cell is %q", key, got, cell.Raw)
		}
	}
}

// TestParseErrors checks that bad PDFs reach the caller of parser.Parse as
// input errors with a clear reason.
func TestParseErrors(t *testing.T) {
	hongze, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "hongze-gov-2023.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	enc, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "encrypted-aes256.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		data   []byte
		reason string
	}{
		{"encrypted", enc, "encrypted PDF: "},
		{"truncated", hongze[:len(hongze)/2], "damaged PDF: the file is truncated"},
		{"junk", []byte("%PDF-1.7\n\x00\x01\x02junk\n%%EOF\n"), "damaged PDF: "},
	}
	for _, tc := range tests {
		_, err := parser.Parse(tc.name+".pdf", tc.data)
		var ie *parser.InputError
		if !errors.As(err, &ie) || ie.Format != report.FormatPDF || !strings.HasPrefix(ie.Reason, tc.reason) {
			t.Errorf("%s: got %v, want an input error %q…", tc.name, err, tc.reason)
		}
	}
}
