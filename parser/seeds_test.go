package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// The expectations in this file were read off the seed reports in
// testdata/seeds by eye, cell by cell.

const (
	seed000 = "000_55d435d651c286e9.txt"
	seed001 = "001_af1407610f37b973.txt"
	seed002 = "002_c19ea3132700905e.txt"
	seed003 = "003_894c8dbdb6e23194.txt"
	seed004 = "004_d1ed69b8ea7b905a.txt"
)

func seedPath(name string) string { return filepath.Join("..", "testdata", "seeds", name) }

func parseSeed(t testing.TB, name string) *report.Document {
	t.Helper()
	data, err := os.ReadFile(seedPath(name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(name, data)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return doc
}

// row7 builds a table 三 row: 自然人, 商业企业, 科研机构, 社会公益组织,
// 法律服务机构, 其他, 总计.
type row7 [7]float64

var zero7 = row7{}

// appsExpect lists table 三 rows that are not all zero; every other row of
// the template must be present and all zero.
type appsExpect map[string]row7

type activeExpect map[string]map[string]float64

// reviewExpect is table 四's 15 numbers in order.
type reviewExpect [15]float64

var allActive2021Zero = activeExpect{
	"regulations":         {"issued": 0, "repealed": 0, "in_force": 0},
	"normative_documents": {"issued": 0, "repealed": 0, "in_force": 0},
	"licensing":           {"decisions": 0},
	"punishment":          {"decisions": 0},
	"coercion":            {"decisions": 0},
	"administrative_fees": {"amount": 0},
}

type sectionExpect struct {
	key     string
	number  int
	heading string
	line    int
	column  int
}

var sixHeadings = []sectionExpect{
	{"overview", 1, "总体情况", 0, 0},
	{"active_disclosure", 2, "主动公开政府信息情况", 0, 0},
	{"applications", 3, "收到和处理政府信息公开申请情况", 0, 0},
	{"review_litigation", 4, "政府信息公开行政复议、行政诉讼情况", 0, 0},
	{"problems", 5, "存在的主要问题及改进情况", 0, 0},
	{"other_matters", 6, "其他需要报告的事项", 0, 0},
}

// withLines sets the heading lines (and a column for all) on sixHeadings.
func withLines(col int, lines ...int) []sectionExpect {
	out := make([]sectionExpect, 0, len(lines))
	for i, l := range lines {
		if l == 0 {
			continue
		}
		s := sixHeadings[i]
		s.line, s.column = l, col
		out = append(out, s)
	}
	return out
}

type seedExpect struct {
	file        string
	title       string // "" for no title
	issuer      string
	issuerKind  string
	titleName   string
	year        int
	yearTitle   int
	yearPeriod  int
	yearPub     int
	period      [2]string
	published   string
	address     string
	postcode    string
	phones      []string
	faxes       []string
	person      string
	noContact   bool
	template    string
	preamble    string // how the preamble starts; "" for none
	sections    []sectionExpect
	active      activeExpect // nil: table 二 absent
	apps        appsExpect
	singleSix   bool
	review      reviewExpect
	subsections map[string][]string
}

var seeds = []seedExpect{
	{
		file:       seed000,
		title:      "2024年昌吉州发改委政府信息公开工作年度报告",
		issuer:     "昌吉州发展和改革委员会",
		issuerKind: report.KindDepartment,
		titleName:  "昌吉州发改委",
		year:       2024, yearTitle: 2024, yearPeriod: 2024, yearPub: 2025,
		period:    [2]string{"2024-01-01", "2024-12-31"},
		published: "2025-01-19",
		address:   "昌吉市建国西路33号",
		postcode:  "831100",
		phones:    []string{"0994-2524371"},
		faxes:     []string{"0994-2524352"},
		template:  report.Template2021,
		preamble:  "本报告根据《中华人民共和国政府信息公开条例》",
		sections:  withLines(1, 3, 9, 24, 53, 58, 60),
		active: activeExpect{
			"regulations":         {"issued": 0, "repealed": 0, "in_force": 0},
			"normative_documents": {"issued": 5, "repealed": 0, "in_force": 16},
			"licensing":           {"decisions": 11},
			"punishment":          {"decisions": 1},
			"coercion":            {"decisions": 0},
			"administrative_fees": {"amount": 0},
		},
		apps: appsExpect{
			"new_received":    {7, 0, 0, 0, 0, 0, 7},
			"unable_not_held": {7, 0, 0, 0, 0, 0, 7},
			"total_processed": {7, 0, 0, 0, 0, 0, 7},
		},
		subsections: map[string][]string{
			"overview": {"主动公开情况", "依申请公开情况", "政府信息管理情况", "平台建设情况", "监督保障情况"},
		},
	},
	{
		file:       seed001,
		title:      "昌吉州科学技术局2021年度政府信息公开工作年度报告",
		issuer:     "昌吉州科学技术局",
		issuerKind: report.KindDepartment,
		year:       2021, yearTitle: 2021, yearPeriod: 2021, yearPub: 2022,
		period:    [2]string{"2021-01-01", "2021-12-31"},
		published: "2022-01-18",
		address:   "昌吉市延安北路54号州人民政府综合楼二楼",
		phones:    []string{"0994-2345627"},
		faxes:     []string{"0994-2381062"},
		person:    "袁钲皓",
		template:  report.Template2019,
		preamble:  "根据昌吉州科学技术局工作实际",
		sections:  withLines(1, 4, 11, 28, 58, 64, 67),
		active: activeExpect{
			"regulations":         {"new_made": 0, "new_published": 0, "total_published": 0},
			"normative_documents": {"new_made": 0, "new_published": 0, "total_published": 0},
			"licensing":           {"previous_count": 0, "change": 0, "decisions": 0},
			"other_services":      {"previous_count": 0, "change": 0, "decisions": 0},
			"punishment":          {"previous_count": 0, "change": 0, "decisions": 0},
			"coercion":            {"previous_count": 0, "change": 0, "decisions": 0},
			"administrative_fees": {"previous_count": 0, "change": 0},
		},
		apps: appsExpect{},
		subsections: map[string][]string{
			"overview": {"主动公开情况", "依申请公开情况", "政府信息管理情况", "平台建设情况", "监督保障情况"},
			"problems": {"存在的主要问题", "改进情况"},
		},
	},
	{
		file:       seed002,
		title:      "桓仁满族自治县2024年政府信息公开工作年度报告",
		issuer:     "桓仁满族自治县",
		issuerKind: report.KindGovernment,
		year:       2024, yearTitle: 2024, yearPeriod: 2024,
		period:    [2]string{"2024-01-01", "2024-12-31"},
		noContact: true,
		template:  report.Template2021,
		preamble:  "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定编制本报告。",
		sections:  withLines(1, 4, 16, 31, 60, 65, 68),
		active: activeExpect{
			"regulations":         {"issued": 0, "repealed": 0, "in_force": 0},
			"normative_documents": {"issued": 1, "repealed": 0, "in_force": 20},
			"licensing":           {"decisions": 37292},
			"punishment":          {"decisions": 938},
			"coercion":            {"decisions": 0},
			"administrative_fees": {"amount": 5087.94},
		},
		apps: appsExpect{
			"new_received":      {13, 0, 0, 0, 0, 0, 13},
			"granted":           {11, 0, 0, 0, 0, 0, 11},
			"partially_granted": {2, 0, 0, 0, 0, 0, 2},
			"total_processed":   {13, 0, 0, 0, 0, 0, 13},
		},
		subsections: map[string][]string{
			"overview":      {"主动公开情况", "依申请公开情况", "政府信息管理情况", "政府信息公开平台建设情况", "监督保障情况"},
			"other_matters": {"政府信息公开处理费收取情况", "重点工作完成情况"},
		},
	},
	{
		file:       seed003,
		issuer:     "前进区商务和经济合作局",
		issuerKind: report.KindDepartment,
		year:       2024,
		noContact:  true,
		template:   report.Template2021,
		preamble:   "2024年,我局在区委、区政府的正确领导下",
		sections:   withLines(1, 0, 12, 53, 296, 334, 339),
		active:     allActive2021Zero,
		apps:       appsExpect{},
	},
	{
		file:       seed004,
		title:      "金昌市金川区人民政府2021年政府信息公开工作年度报告",
		issuer:     "金昌市金川区人民政府",
		issuerKind: report.KindGovernment,
		year:       2021, yearTitle: 2021,
		noContact: true,
		template:  report.Template2021,
		sections:  withLines(3, 5, 21, 24, 462, 554, 560),
		apps:      appsExpect{},
		subsections: map[string][]string{
			"overview": {"主动公开方面", "依申请公开方面", "政府信息管理方面", "平台建设方面", "解读回应方面", "监督保障方面"},
		},
	},
}

func TestSeeds(t *testing.T) {
	for _, want := range seeds {
		t.Run(want.file[:3], func(t *testing.T) {
			doc := parseSeed(t, want.file)
			checkIdentity(t, doc, want)
			checkContact(t, doc, want)
			checkSections(t, doc, want)
			checkActive(t, doc.Tables.Active, want.active)
			checkApplications(t, doc.Tables.Applications, want.apps, want.singleSix)
			checkReview(t, doc.Tables.Review, want.review)
			if len(doc.Notes) != 0 {
				t.Errorf("notes = %+v, want none", doc.Notes)
			}
		})
	}
}

func checkIdentity(t *testing.T, doc *report.Document, want seedExpect) {
	t.Helper()
	switch {
	case want.title == "" && doc.Title != nil:
		t.Errorf("title = %q, want none", doc.Title.Text)
	case want.title != "" && (doc.Title == nil || doc.Title.Text != want.title):
		t.Errorf("title = %+v, want %q", doc.Title, want.title)
	}
	if doc.Issuer == nil || doc.Issuer.Name != want.issuer || doc.Issuer.Kind != want.issuerKind || doc.Issuer.TitleName != want.titleName {
		t.Errorf("issuer = %+v, want %s (%s, title name %q)", doc.Issuer, want.issuer, want.issuerKind, want.titleName)
	}
	checkYear(t, "year", doc.Year, want.year)
	checkYear(t, "years.title", doc.Years.Title, want.yearTitle)
	checkYear(t, "years.period", doc.Years.Period, want.yearPeriod)
	checkYear(t, "years.published", doc.Years.Published, want.yearPub)
	switch {
	case want.period[0] == "" && doc.Period != nil:
		t.Errorf("period = %+v, want none", doc.Period)
	case want.period[0] != "" && (doc.Period == nil || doc.Period.Start != want.period[0] || doc.Period.End != want.period[1]):
		t.Errorf("period = %+v, want %v", doc.Period, want.period)
	}
	switch {
	case want.published == "" && doc.Published != nil:
		t.Errorf("published = %+v, want none", doc.Published)
	case want.published != "" && (doc.Published == nil || doc.Published.Date != want.published):
		t.Errorf("published = %+v, want %s", doc.Published, want.published)
	}
	switch {
	case want.preamble == "" && doc.Preamble != nil:
		t.Errorf("preamble = %q, want none", doc.Preamble.Text)
	case want.preamble != "" && (doc.Preamble == nil || !strings.HasPrefix(doc.Preamble.Text, want.preamble)):
		t.Errorf("preamble = %+v, want it to start with %q", doc.Preamble, want.preamble)
	}
	if doc.Template != want.template {
		t.Errorf("template = %s, want %s", doc.Template, want.template)
	}
}

func checkYear(t *testing.T, what string, got *int, want int) {
	t.Helper()
	switch {
	case want == 0 && got != nil:
		t.Errorf("%s = %d, want null", what, *got)
	case want != 0 && (got == nil || *got != want):
		t.Errorf("%s = %v, want %d", what, got, want)
	}
}

func fieldValue(f *report.Field) string {
	if f == nil {
		return ""
	}
	return f.Value
}

func values(fs []report.Field) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Value)
	}
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func checkContact(t *testing.T, doc *report.Document, want seedExpect) {
	t.Helper()
	c := doc.Contact
	if want.noContact {
		if c != nil {
			t.Errorf("contact = %+v, want none", c)
		}
		return
	}
	if c == nil {
		t.Fatal("contact: none found")
	}
	if got := fieldValue(c.Address); got != want.address {
		t.Errorf("address = %q, want %q", got, want.address)
	}
	if got := fieldValue(c.Postcode); got != want.postcode {
		t.Errorf("postcode = %q, want %q", got, want.postcode)
	}
	if got := fieldValue(c.Person); got != want.person {
		t.Errorf("person = %q, want %q", got, want.person)
	}
	if got := values(c.Phones); !equalStrings(got, want.phones) {
		t.Errorf("phones = %q, want %q", got, want.phones)
	}
	if got := values(c.Faxes); !equalStrings(got, want.faxes) {
		t.Errorf("faxes = %q, want %q", got, want.faxes)
	}
	if len(c.Emails) != 0 {
		t.Errorf("emails = %v, want none", values(c.Emails))
	}
}

func checkSections(t *testing.T, doc *report.Document, want seedExpect) {
	t.Helper()
	if len(doc.Sections) != len(want.sections) {
		var keys []string
		for _, s := range doc.Sections {
			keys = append(keys, s.Key)
		}
		t.Fatalf("sections = %v, want %d", keys, len(want.sections))
	}
	for i, w := range want.sections {
		s := doc.Sections[i]
		if s.Key != w.key || s.Number == nil || *s.Number != w.number || s.Heading != w.heading {
			t.Errorf("section %d = %s %v %q, want %s %d %q", i, s.Key, s.Number, s.Heading, w.key, w.number, w.heading)
		}
		if s.Loc.Line != w.line || s.Loc.Column != w.column {
			t.Errorf("section %s at %d:%d, want %d:%d", s.Key, s.Loc.Line, s.Loc.Column, w.line, w.column)
		}
		var subs []string
		for _, sub := range s.Subsections {
			subs = append(subs, sub.Heading)
		}
		if !equalStrings(subs, want.subsections[s.Key]) {
			t.Errorf("section %s subsections = %q, want %q", s.Key, subs, want.subsections[s.Key])
		}
	}
}

func checkActive(t *testing.T, tb *report.Table, want activeExpect) {
	t.Helper()
	if want == nil {
		if tb != nil {
			t.Errorf("table 二 = %+v, want none", tb.Rows)
		}
		return
	}
	if tb == nil {
		t.Fatal("table 二 not found")
	}
	if len(tb.Rows) != len(want) {
		t.Errorf("table 二 has %d rows, want %d", len(tb.Rows), len(want))
	}
	for row, cols := range want {
		got := tb.Rows[row]
		if len(got) != len(cols) {
			t.Errorf("table 二 %s has %d cells, want %d", row, len(got), len(cols))
		}
		for col, v := range cols {
			checkCell(t, "table 二 "+row+"."+col, got[col], v)
		}
	}
}

func checkCell(t *testing.T, what string, c report.Cell, want float64) {
	t.Helper()
	if c.Value == nil {
		t.Errorf("%s = null (raw %q), want %v", what, c.Raw, want)
		return
	}
	if *c.Value != want {
		t.Errorf("%s = %v, want %v", what, *c.Value, want)
	}
	if c.Loc.Line == 0 {
		t.Errorf("%s has no location", what)
	}
}

func checkApplications(t *testing.T, tb *report.Table, want appsExpect, single bool) {
	t.Helper()
	if tb == nil {
		t.Fatal("table 三 not found")
	}
	keys := parser.ApplicationRows
	if len(tb.Rows) != len(keys) {
		t.Errorf("table 三 has %d rows, want %d", len(tb.Rows), len(keys))
	}
	for _, key := range keys {
		w, ok := want[key]
		if !ok {
			w = zero7
		}
		row, ok := tb.Rows[key]
		if !ok {
			t.Errorf("table 三 row %s missing", key)
			continue
		}
		if len(row) != 7 {
			t.Errorf("table 三 row %s has %d cells, want 7", key, len(row))
		}
		for i, col := range parser.ApplicationColumns {
			checkCell(t, "table 三 "+key+"."+col, row[col], w[i])
		}
	}
}

func checkReview(t *testing.T, tb *report.ReviewTable, want reviewExpect) {
	t.Helper()
	if tb == nil {
		t.Fatal("table 四 not found")
	}
	groups := []struct {
		name string
		m    map[string]report.Cell
	}{{"reconsideration", tb.Reconsideration}, {"litigation_direct", tb.LitigationDirect}, {"litigation_after_review", tb.LitigationAfterReview}}
	for g, grp := range groups {
		if len(grp.m) != 5 {
			t.Errorf("table 四 %s has %d cells, want 5", grp.name, len(grp.m))
		}
		for i, col := range parser.ReviewColumns {
			checkCell(t, "table 四 "+grp.name+"."+col, grp.m[col], want[g*5+i])
		}
	}
}

// TestSeedLocations checks that cells and headings are located where they
// stand in the seed files.
func TestSeedLocations(t *testing.T) {
	cell := func(doc *report.Document, table, row, col string) report.Loc {
		switch table {
		case "active":
			return doc.Tables.Active.Rows[row][col].Loc
		case "applications":
			return doc.Tables.Applications.Rows[row][col].Loc
		}
		r := doc.Tables.Review
		return map[string]map[string]report.Cell{
			"reconsideration": r.Reconsideration, "litigation_direct": r.LitigationDirect,
			"litigation_after_review": r.LitigationAfterReview,
		}[row][col].Loc
	}
	tests := []struct {
		seed, table, row, col   string
		line, column, endColumn int
	}{
		{seed000, "active", "normative_documents", "issued", 13, 9, 10},
		{seed000, "applications", "new_received", "natural_person", 28, 20, 21},
		{seed000, "review", "reconsideration", "upheld", 57, 1, 2},
		{seed000, "review", "litigation_after_review", "total", 57, 57, 58},
		{seed001, "active", "other_services", "decisions", 20, 22, 23},
		{seed001, "applications", "carried_forward", "total", 57, 39, 40},
		{seed001, "review", "litigation_direct", "upheld", 63, 21, 22},
		{seed002, "active", "administrative_fees", "amount", 30, 11, 18},
		{seed002, "active", "licensing", "decisions", 23, 8, 13},
		{seed002, "applications", "granted", "total", 37, 48, 50},
		{seed002, "review", "reconsideration", "total", 64, 17, 18},
		{seed003, "active", "regulations", "issued", 20, 1, 2},
		{seed003, "applications", "new_received", "natural_person", 68, 1, 2},
		{seed003, "review", "reconsideration", "upheld", 319, 1, 2},
		{seed003, "review", "litigation_after_review", "total", 333, 1, 2},
		{seed004, "applications", "new_received", "natural_person", 54, 4, 5},
		{seed004, "review", "reconsideration", "upheld", 524, 4, 5},
		{seed004, "review", "litigation_after_review", "total", 552, 3, 4},
	}
	docs := map[string]*report.Document{}
	for _, tt := range tests {
		doc := docs[tt.seed]
		if doc == nil {
			doc = parseSeed(t, tt.seed)
			docs[tt.seed] = doc
		}
		got := cell(doc, tt.table, tt.row, tt.col)
		want := report.Loc{Line: tt.line, Column: tt.column, EndLine: tt.line, EndColumn: tt.endColumn}
		if got != want {
			t.Errorf("%s %s %s.%s at %+v, want %+v", tt.seed[:3], tt.table, tt.row, tt.col, got, want)
		}
	}
}
