package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// madeFiles are the files of testdata/libreoffice, each made by LibreOffice
// from a seed (how is told in the README there), with the seed it was made
// from.
var madeFiles = []struct{ file, seed string }{
	{"001-writer.pdf", seed001},
	{"002-writer.pdf", seed002},
	{"001-breadcrumb.docx", seed001},
	{"001-writer.doc", seed001},
	{"002-writer.doc", seed002},
	{"001-breadcrumb.doc", seed001},
}

// unreadRows are the rows of table 三 that the recogniser is known not to
// read in a made file: in the PDFs, the label of 1.申请人无正当理由逾期不补正…
// wraps onto two lines and the row's numbers, centred in their cells, stand
// between them on the line of the group label （六）其他处理, which takes
// them as its own. The test checks that each still fails, so that the
// entry goes when the recogniser reads the row.
var unreadRows = map[string][]string{
	"001-writer.pdf": {"other_no_correction"},
	"002-writer.pdf": {"other_no_correction"},
}

func parseMade(t testing.TB, name string) *report.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "libreoffice", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(name, data)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return doc
}

// TestLibreOfficeFiles checks that each file LibreOffice made from a seed
// reads as the seed itself does: the same title, issuer, years, 统计期限,
// date, contact details, section headings and table cells.
func TestLibreOfficeFiles(t *testing.T) {
	for _, tc := range madeFiles {
		t.Run(tc.file, func(t *testing.T) {
			want := parseSeed(t, tc.seed)
			got := parseMade(t, tc.file)
			if got.Title == nil {
				t.Fatal("no title")
			}
			compare(t, "identity", identityOf(got), identityOf(want))
			compare(t, "contact", contactOf(got), contactOf(want))
			compare(t, "sections", sectionsOf(got), sectionsOf(want))
			compare(t, "table 二", activeOf(got), activeOf(want))
			gotApps, wantApps := applicationsOf(got), applicationsOf(want)
			unread := unreadRows[tc.file]
			for _, key := range unread {
				if row := got.Tables.Applications.Rows[key]; len(row) == 7 && !slices.ContainsFunc(parser.ApplicationColumns, func(c string) bool { return row[c].Value == nil }) {
					t.Errorf("table 三 row %s is read now: take it out of unreadRows", key)
				}
				drop := func(l string) bool { return strings.HasPrefix(l, key+".") }
				gotApps, wantApps = slices.DeleteFunc(gotApps, drop), slices.DeleteFunc(wantApps, drop)
			}
			compare(t, "table 三", gotApps, wantApps)
			compare(t, "table 四", reviewOf(got), reviewOf(want))
			for _, n := range got.Notes {
				if n.Code == report.NoteTableIncomplete && n.Table == "applications" && slices.Equal(n.Unread, unread) && len(n.Missing) == 0 {
					continue
				}
				t.Errorf("note %s: %s", n.Code, n.Message)
			}
		})
	}
}

// TestBreadcrumbIsNotTheTitle checks that the site breadcrumb above the
// title of the DOCX page is read as neither the title nor the issuer.
func TestBreadcrumbIsNotTheTitle(t *testing.T) {
	doc := parseMade(t, "001-breadcrumb.docx")
	for _, s := range []string{"首页", "政务公开 >", ">"} {
		if doc.Title != nil && strings.Contains(doc.Title.Text, s) {
			t.Errorf("title = %q, the breadcrumb", doc.Title.Text)
		}
		if doc.Issuer != nil && strings.Contains(doc.Issuer.Name, s) {
			t.Errorf("issuer = %q, from the breadcrumb", doc.Issuer.Name)
		}
	}
	if doc.Title == nil || doc.Title.Loc.Line != 2 {
		t.Errorf("title = %+v, want the line under the breadcrumb", doc.Title)
	}
}

// compare reports each line of want missing from got and each line of got
// not in want.
func compare(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: missing %s", what, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("%s: unexpected %s", what, g)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d lines, want %d", what, len(got), len(want))
	}
}

func intOf(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

func identityOf(d *report.Document) []string {
	var out []string
	if d.Title != nil {
		out = append(out, "title "+d.Title.Text)
	}
	if d.Issuer != nil {
		out = append(out, "issuer "+d.Issuer.Name+" ("+d.Issuer.Kind+")")
	}
	out = append(out,
		"year "+intOf(d.Year),
		"years "+intOf(d.Years.Title)+" "+intOf(d.Years.Period)+" "+intOf(d.Years.Published),
		"template "+d.Template)
	if d.Period != nil {
		out = append(out, "period "+d.Period.Start+" "+d.Period.End)
	}
	if d.Published != nil {
		out = append(out, "published "+d.Published.Date)
	}
	return out
}

func contactOf(d *report.Document) []string {
	c := d.Contact
	if c == nil {
		return []string{"none"}
	}
	out := []string{"address " + fieldValue(c.Address), "postcode " + fieldValue(c.Postcode), "person " + fieldValue(c.Person)}
	for _, f := range c.Phones {
		out = append(out, "phone "+f.Value)
	}
	for _, f := range c.Faxes {
		out = append(out, "fax "+f.Value)
	}
	for _, f := range c.Emails {
		out = append(out, "email "+f.Value)
	}
	return out
}

func sectionsOf(d *report.Document) []string {
	var out []string
	for _, s := range d.Sections {
		out = append(out, fmt.Sprintf("%s %s %s", s.Key, intOf(s.Number), s.Heading))
		for _, sub := range s.Subsections {
			out = append(out, fmt.Sprintf("%s / %s %s", s.Key, intOf(sub.Number), sub.Heading))
		}
	}
	return out
}

func cellOf(what string, c report.Cell) string {
	v := "null"
	if c.Value != nil {
		v = fmt.Sprint(*c.Value)
	}
	return fmt.Sprintf("%s = %s (%q)", what, v, c.Raw)
}

func tableOf(tb *report.Table) []string {
	if tb == nil {
		return []string{"none"}
	}
	var out []string
	for row, cols := range tb.Rows {
		for col, c := range cols {
			out = append(out, cellOf(row+"."+col, c))
		}
	}
	slices.Sort(out)
	return out
}

func activeOf(d *report.Document) []string       { return tableOf(d.Tables.Active) }
func applicationsOf(d *report.Document) []string { return tableOf(d.Tables.Applications) }

func reviewOf(d *report.Document) []string {
	r := d.Tables.Review
	if r == nil {
		return []string{"none"}
	}
	var out []string
	for name, m := range map[string]map[string]report.Cell{
		"reconsideration": r.Reconsideration, "litigation_direct": r.LitigationDirect,
		"litigation_after_review": r.LitigationAfterReview,
	} {
		for col, c := range m {
			out = append(out, cellOf(name+"."+col, c))
		}
	}
	slices.Sort(out)
	return out
}
