package htmldoc_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// The expectations below were read from testdata/html/pingtan-2019.html
// (平潭综合实验区 2019 report as saved from www.pingtan.gov.cn).

const pingtan = "pingtan-2019.html"

func parsePage(t testing.TB, name string, data []byte) (*layout.Doc, *report.Document) {
	t.Helper()
	d, err := parser.Extract(name, data)
	if err != nil {
		t.Fatalf("extract %s: %v", name, err)
	}
	doc := parser.Recognize(d)
	return d, doc
}

// checkCell asserts a cell's value and that its location points at its
// text in the source.
func checkCell(t *testing.T, src [][]rune, where string, c report.Cell, ok bool, want float64) {
	t.Helper()
	switch {
	case !ok:
		t.Errorf("%s: missing", where)
	case c.Value == nil:
		t.Errorf("%s: raw %q, no value; want %v", where, c.Raw, want)
	case *c.Value != want:
		t.Errorf("%s = %v, want %v", where, *c.Value, want)
	case textAt(src, c.Loc) != c.Raw:
		t.Errorf("%s: loc %+v spans %q, want %q", where, c.Loc, textAt(src, c.Loc), c.Raw)
	}
}

// checkRows asserts the cells of a table named name that want lists, by
// row and column key.
func checkRows(t *testing.T, src [][]rune, name string, rows map[string]map[string]report.Cell, want map[string]map[string]float64) {
	t.Helper()
	for row, cols := range want {
		for col, v := range cols {
			c, ok := rows[row][col]
			checkCell(t, src, name+" "+row+"."+col, c, ok, v)
		}
	}
}

// checkReview asserts the five columns of each group of table 四:
// reconsideration, litigation without and after reconsideration.
func checkReview(t *testing.T, src [][]rune, tab *report.ReviewTable, want [3][5]float64) {
	t.Helper()
	groups := [3]struct {
		name  string
		cells map[string]report.Cell
	}{
		{"reconsideration", tab.Reconsideration},
		{"litigation_direct", tab.LitigationDirect},
		{"litigation_after_review", tab.LitigationAfterReview},
	}
	for g, vals := range want {
		for k, col := range parser.ReviewColumns {
			c, ok := groups[g].cells[col]
			checkCell(t, src, "四 "+groups[g].name+"."+col, c, ok, vals[k])
		}
	}
}

func TestPingtanDocument(t *testing.T) {
	d, doc := parsePage(t, pingtan, fixture(t, pingtan))
	src := sourceLines(d.Text)
	if d.Format != report.FormatHTML || d.Encoding != "utf-8" {
		t.Errorf("format %q encoding %q, want html utf-8", d.Format, d.Encoding)
	}
	checkPositions(t, d)

	// The title is set over two centred paragraphs of the article.
	if doc.Title == nil || doc.Title.Text != "平潭综合实验区2019年政府信息公开工作年度报告" {
		t.Errorf("title = %+v", doc.Title)
	} else if doc.Title.Loc.Line != 349 || textAt(src, report.Loc{Line: 349, Column: doc.Title.Loc.Column, EndLine: 349, EndColumn: doc.Title.Loc.Column + 7}) != "平潭综合实验区" {
		t.Errorf("title loc %+v does not point at the title in the article", doc.Title.Loc)
	}
	if doc.Year == nil || *doc.Year != 2019 {
		t.Errorf("year = %v, want 2019", doc.Year)
	}
	if doc.Issuer == nil || doc.Issuer.Name != "平潭综合实验区" || doc.Issuer.Kind != report.KindGovernment {
		t.Errorf("issuer = %+v", doc.Issuer)
	}
	if doc.Template != report.Template2019 {
		t.Errorf("template = %q, want 2019", doc.Template)
	}
	if doc.Period == nil || doc.Period.Start != "2019-01-01" || doc.Period.End != "2019-12-31" {
		t.Errorf("period = %+v", doc.Period)
	}
	// The article has no date under it; the page gives "时间：2020-01-20 15:22"
	// above it (line 307): the page's date, not the report's.
	if doc.Published != nil {
		t.Errorf("published = %+v, want none: the article has no date under it", doc.Published)
	}
	if pd := doc.Source.PageDate; pd == nil || pd.Date != "2020-01-20" {
		t.Errorf("page date = %+v, want 2020-01-20", pd)
	} else if got := textAt(src, pd.Loc); got != "2020-01-20" || pd.Loc.Line != 307 {
		t.Errorf("page date loc %+v spans %q", pd.Loc, got)
	}

	var keys []string
	for _, s := range doc.Sections {
		keys = append(keys, s.Key)
	}
	want := []string{report.SectionOverview, report.SectionActiveDisclosure, report.SectionApplications,
		report.SectionReviewLitigation, report.SectionProblems, report.SectionOtherMatters}
	if strings.Join(keys, ",") != strings.Join(want, ",") {
		t.Errorf("sections = %v, want %v", keys, want)
	}
	if n := len(doc.Sections); n == 6 && doc.Sections[5].Text != "无其他需要报告的事项" {
		t.Errorf("section 六 text = %q", doc.Sections[5].Text)
	}
	for _, s := range doc.Sections {
		for _, bad := range []string{"扫一扫", "关闭", "版权所有", "网站标识码", "来源"} {
			if strings.Contains(s.Text, bad) {
				t.Errorf("section %s holds page chrome %q", s.Key, bad)
			}
		}
	}
}

func TestPingtanContact(t *testing.T) {
	d, doc := parsePage(t, pingtan, fixture(t, pingtan))
	src := sourceLines(d.Text)
	c := doc.Contact
	if c == nil {
		t.Fatal("no contact")
	}
	field := func(name string, f *report.Field, want string) {
		t.Helper()
		switch {
		case f == nil:
			t.Errorf("%s missing, want %q", name, want)
		case f.Value != want:
			t.Errorf("%s = %q, want %q", name, f.Value, want)
		case textAt(src, f.Loc) != want:
			t.Errorf("%s loc %+v spans %q", name, f.Loc, textAt(src, f.Loc))
		}
	}
	field("address", c.Address, "平潭综合实验区北厝金井湾片区管委会大楼主楼14层")
	field("postcode", c.Postcode, "350400")
	if len(c.Phones) != 1 {
		t.Errorf("phones = %+v, want only 0591-23165250", c.Phones)
	} else {
		field("phone", &c.Phones[0], "0591-23165250")
	}
	if len(c.Emails) != 1 {
		t.Errorf("emails = %+v, want only pzxxgkb@163.com", c.Emails)
	} else {
		field("email", &c.Emails[0], "pzxxgkb@163.com")
	}
	if len(c.Faxes) != 0 || c.Person != nil {
		t.Errorf("faxes %+v person %+v, want none", c.Faxes, c.Person)
	}
}

func TestPingtanActiveTable(t *testing.T) {
	d, doc := parsePage(t, pingtan, fixture(t, pingtan))
	src := sourceLines(d.Text)
	tab := doc.Tables.Active
	if tab == nil {
		t.Fatal("table 二 not found")
	}
	want := map[string]map[string]float64{
		"regulations":         {"new_made": 0, "new_published": 0, "total_published": 0},
		"normative_documents": {"new_made": 89, "new_published": 89, "total_published": 89},
		"licensing":           {"previous_count": 396, "change": 0, "decisions": 181},
		"other_services":      {"previous_count": 10, "change": 0, "decisions": 153},
		"punishment":          {"previous_count": 2648, "change": 0, "decisions": 430},
		"coercion":            {"previous_count": 126, "change": 0, "decisions": 25},
		"administrative_fees": {"previous_count": 35, "change": 0},
		"procurement":         {"project_count": 135, "amount": 75394432.52},
	}
	checkRows(t, src, "二", tab.Rows, want)
	for row, cols := range want {
		if len(tab.Rows[row]) != len(cols) {
			t.Errorf("二 %s has %d cells, want %d: %+v", row, len(tab.Rows[row]), len(cols), tab.Rows[row])
		}
	}
	if len(tab.Rows) != len(want) {
		t.Errorf("二 has %d rows, want %d", len(tab.Rows), len(want))
	}
	if c := tab.Rows["procurement"]["amount"]; c.Raw != "75394432.52元" {
		t.Errorf("procurement amount raw = %q", c.Raw)
	}
	signals := map[string]bool{}
	for _, e := range doc.TemplateEvidence {
		signals[e.Signal] = true
	}
	for _, s := range []string{"item_procurement", "row_other_services", "column_new_made"} {
		if !signals[s] {
			t.Errorf("no template evidence %q in %v", s, signals)
		}
	}
}

func TestPingtanApplicationsTable(t *testing.T) {
	d, doc := parsePage(t, pingtan, fixture(t, pingtan))
	src := sourceLines(d.Text)
	tab := doc.Tables.Applications
	if tab == nil {
		t.Fatal("table 三 not found")
	}
	zero := [7]float64{}
	want := map[string][7]float64{
		"new_received":               {23, 0, 0, 0, 0, 0, 23},
		"carried_over":               zero,
		"granted":                    {7, 0, 0, 0, 0, 0, 7},
		"partially_granted":          {1, 0, 0, 0, 0, 0, 1},
		"withheld_state_secret":      zero,
		"withheld_prohibited_by_law": zero,
		"withheld_three_safety":      zero,
		"withheld_third_party":       zero,
		"withheld_internal_affairs":  zero,
		"withheld_process_info":      zero,
		"withheld_enforcement_file":  zero,
		"withheld_query_matter":      zero,
		"unable_not_held":            {7, 0, 0, 0, 0, 0, 7},
		"unable_needs_creation":      zero,
		"unable_unclear":             {5, 0, 0, 0, 0, 0, 5},
		"not_processed_complaint":    zero,
		"not_processed_duplicate":    {3, 0, 0, 0, 0, 0, 3},
		"not_processed_publication":  zero,
		"not_processed_excessive":    zero,
		"not_processed_confirmation": zero,
		"other_handling":             zero, // the 2019 template's single （六）其他处理 row
		"total_processed":            {23, 0, 0, 0, 0, 0, 23},
		"carried_forward":            zero,
	}
	for row, vals := range want {
		for k, col := range parser.ApplicationColumns {
			c, ok := tab.Rows[row][col]
			checkCell(t, src, "三 "+row+"."+col, c, ok, vals[k])
		}
		if len(tab.Rows[row]) != 7 {
			t.Errorf("三 %s has %d cells, want 7", row, len(tab.Rows[row]))
		}
	}
	if len(tab.Rows) != len(want) {
		t.Errorf("三 has %d rows, want %d", len(tab.Rows), len(want))
	}
}

func TestPingtanReviewTable(t *testing.T) {
	d, doc := parsePage(t, pingtan, fixture(t, pingtan))
	src := sourceLines(d.Text)
	tab := doc.Tables.Review
	if tab == nil {
		t.Fatal("table 四 not found")
	}
	// Every count of the table is 0.
	checkReview(t, src, tab, [3][5]float64{})
}

func TestPingtanNoNotes(t *testing.T) {
	_, doc := parsePage(t, pingtan, fixture(t, pingtan))
	for _, n := range doc.Notes {
		t.Errorf("note: %+v", n)
	}
}

// gbkCopy returns the page encoded in GBK with its meta charset replaced
// by decl, padded with spaces inside the tag so that every column stays
// where it was.
func gbkCopy(t *testing.T, page []byte, decl string) []byte {
	t.Helper()
	const utf8Decl = `charset="utf-8"`
	if len(decl) > len(utf8Decl) {
		t.Fatalf("declaration %q longer than %q", decl, utf8Decl)
	}
	decl += strings.Repeat(" ", len(utf8Decl)-len(decl))
	if !bytes.Contains(page, []byte(utf8Decl)) {
		t.Fatalf("page does not declare %s", utf8Decl)
	}
	src := bytes.Replace(page, []byte(utf8Decl), []byte(decl), 1)
	out, err := simplifiedchinese.GBK.NewEncoder().Bytes(src)
	if err != nil {
		t.Fatalf("encode GBK: %v", err)
	}
	return out
}

// docJSON returns the document as JSON without its source.
func docJSON(t *testing.T, doc *report.Document) string {
	t.Helper()
	doc.Source = report.Source{}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPingtanEncodings(t *testing.T) {
	page := fixture(t, pingtan)
	_, utf8Doc := parsePage(t, pingtan, page)
	if utf8Doc.Source.Encoding != "utf-8" {
		t.Fatalf("encoding = %q", utf8Doc.Source.Encoding)
	}
	want := docJSON(t, utf8Doc)
	tests := []struct {
		name, decl, encoding string
	}{
		{"declared gbk", `charset="gbk"`, "gbk"},
		{"declared gb2312", `charset=gb2312`, "gbk"},
		{"declared gb18030", `charset=gb18030`, "gb18030"},
		{"undeclared", ``, "gbk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := gbkCopy(t, page, tc.decl)
			if bytes.Equal(data, page) {
				t.Fatal("the GBK copy is the page itself")
			}
			_, doc := parsePage(t, pingtan, data)
			if doc.Source.Encoding != tc.encoding {
				t.Errorf("encoding = %q, want %q", doc.Source.Encoding, tc.encoding)
			}
			if got := docJSON(t, doc); got != want {
				t.Errorf("the %s copy gives another document:\n%s\nwant\n%s", tc.name, clip(got), clip(want))
			}
		})
	}
}

// clip shortens a long string for an error message.
func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}
