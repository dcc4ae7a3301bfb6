package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// TestSavedPages parses each saved 平潭 page of testdata/html/pingtan, the
// page.html beside a scraped text of testdata/scraped, and checks that it
// reads as its scraped twin was checked to read (scrapedReports): title
// (never the breadcrumb), issuer, year, 统计期限, the date under the
// signature and, apart from it, the page's own date, contact details and
// section keys; and that every table cell the scraped text gives equals
// the page's, while a row the text ran together is read in the page.
func TestSavedPages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "html", "pingtan", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("pages: %v %v", pages, err)
	}
	for _, page := range pages {
		twin := strings.TrimSuffix(filepath.Base(page), ".html") + ".txt"
		var want *scrapedExpect
		for i := range scrapedReports {
			if scrapedReports[i].file == twin {
				want = &scrapedReports[i]
			}
		}
		t.Run(filepath.Base(page), func(t *testing.T) {
			if want == nil {
				t.Fatalf("no scraped twin %s", twin)
			}
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parser.Parse(page, data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title == nil || doc.Title.Text != want.title {
				t.Errorf("title = %+v, want %s", doc.Title, want.title)
			}
			if doc.Issuer == nil || doc.Issuer.Name != want.issuer || doc.Issuer.Kind != want.kind {
				t.Errorf("issuer = %+v, want %s (%s)", doc.Issuer, want.issuer, want.kind)
			}
			if doc.Year == nil || *doc.Year != want.year {
				t.Errorf("year = %v, want %d", doc.Year, want.year)
			}
			if doc.Period == nil || doc.Period.Start != want.period[0] || doc.Period.End != want.period[1] {
				t.Errorf("period = %+v, want %v", doc.Period, want.period)
			}
			switch {
			case want.published == "" && doc.Published != nil:
				t.Errorf("published = %+v; the report has no date under it", doc.Published)
			case want.published != "" && (doc.Published == nil || doc.Published.Date != want.published):
				t.Errorf("published = %+v, want %s", doc.Published, want.published)
			}
			if pd := doc.Source.PageDate; pd == nil || pd.Date != want.pageDate {
				t.Errorf("page date = %+v, want %s", pd, want.pageDate)
			}
			checkScrapedContact(t, doc, *want)
			var keys, wantKeys []string
			for _, s := range doc.Sections {
				keys = append(keys, s.Key)
			}
			for _, h := range want.headings {
				wantKeys = append(wantKeys, h[0])
			}
			if strings.Join(keys, " ") != strings.Join(wantKeys, " ") {
				t.Errorf("sections %v, want %v", keys, wantKeys)
			}

			scraped := parseScraped(t, twin)
			for _, tc := range []struct {
				name       string
				page, text *report.Table
			}{
				{"二", doc.Tables.Active, scraped.Tables.Active},
				{"三", doc.Tables.Applications, scraped.Tables.Applications},
			} {
				if tc.page == nil || tc.text == nil {
					t.Errorf("table %s: page %v, text %v", tc.name, tc.page != nil, tc.text != nil)
					continue
				}
				for row, cols := range tc.text.Rows {
					for col, c := range cols {
						if got := cellText(tc.page.Rows[row][col]); got != cellText(c) {
							t.Errorf("table %s %s.%s = %s, the text gives %s", tc.name, row, col, got, cellText(c))
						}
					}
				}
				for row := range tc.text.Unsplit {
					for col, c := range tc.page.Rows[row] {
						if c.Value == nil {
							t.Errorf("table %s %s.%s: not read in the page either", tc.name, row, col)
						}
					}
					if len(tc.page.Rows[row]) == 0 {
						t.Errorf("table %s %s: not read in the page either", tc.name, row)
					}
				}
			}
			for _, n := range doc.Notes {
				if n.Code == report.NoteTableIncomplete {
					t.Errorf("note %s: %s", n.Code, n.Message)
				}
			}
		})
	}
}

func parseScraped(t *testing.T, name string) *report.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "scraped", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func cellText(c report.Cell) string {
	if c.Value == nil {
		return "null"
	}
	return fmt.Sprint(*c.Value)
}
