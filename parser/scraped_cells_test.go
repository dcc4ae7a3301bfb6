package parser_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// The cells of the scraped reports are checked against the tables of
// testdata/scraped/REVIEW.md, where each run of digits was read by eye and
// its splits enumerated by hand: a row read there is read the same here, a
// row marked ambiguous is left unread and named as run together.

// reviewRow is one row of a table in REVIEW.md.
type reviewRow struct {
	label     string
	stored    string
	values    []float64 // nil when ambiguous
	ambiguous bool
}

var reviewNumberRe = regexp.MustCompile(`^-?[0-9]+(?:\.[0-9]+)?$`)

// reviewTables reads the table 二 and table 三 rows of each report's part of
// REVIEW.md: file → table ("二", "三") → rows in order.
func reviewTables(t *testing.T) map[string]map[string][]reviewRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "scraped", "REVIEW.md"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string][]reviewRow{}
	file, table := "", ""
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "## pt-"):
			file, _, _ = strings.Cut(strings.TrimPrefix(line, "## "), " ")
			out[file] = map[string][]reviewRow{}
			table = ""
			continue
		case strings.HasPrefix(line, "### Table 二"):
			table = "二"
			continue
		case strings.HasPrefix(line, "### Table 三"):
			table = "三"
			continue
		case strings.HasPrefix(line, "#"):
			table = ""
			continue
		}
		if file == "" || table == "" || !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|---") {
			continue
		}
		cols := strings.Split(strings.Trim(line, "|"), "|")
		if len(cols) < 3 || !strings.Contains(cols[1], "`") {
			continue // the header
		}
		row := reviewRow{label: strings.TrimSpace(cols[0]), stored: strings.TrimSpace(cols[1])}
		for _, c := range cols[2:] {
			if strings.Contains(strings.ReplaceAll(c, "unambiguous", ""), "ambiguous") {
				row.ambiguous = true
			}
			for _, v := range strings.Split(c, "/") {
				v = strings.TrimSuffix(strings.TrimSpace(v), "元")
				if reviewNumberRe.MatchString(v) {
					f, _ := strconv.ParseFloat(v, 64)
					row.values = append(row.values, f)
				}
			}
		}
		if row.ambiguous {
			row.values = nil
		}
		out[file][table] = append(out[file][table], row)
	}
	return out
}

// activeRowKey names the table 二 row a REVIEW.md label stands for, and its
// columns in the order REVIEW.md gives them.
func activeRowKey(label string, old bool) (string, []string) {
	three, one := []string{"issued", "repealed", "in_force"}, []string{"decisions"}
	if old {
		three, one = []string{"new_made", "new_published", "total_published"}, []string{"previous_count", "change", "decisions"}
	}
	switch {
	case strings.HasPrefix(label, "规章"):
		return "regulations", three
	case strings.Contains(label, "规范性文件"):
		return "normative_documents", three
	case strings.HasPrefix(label, "行政许可"):
		return "licensing", one
	case strings.HasPrefix(label, "其他对外管理服务事项"):
		return "other_services", one
	case strings.HasPrefix(label, "行政处罚"):
		return "punishment", one
	case strings.HasPrefix(label, "行政强制"):
		return "coercion", one
	case strings.HasPrefix(label, "行政事业性收费"):
		if old {
			return "administrative_fees", []string{"previous_count", "change"}
		}
		return "administrative_fees", []string{"amount"}
	case strings.HasPrefix(label, "政府集中采购"):
		return "procurement", []string{"project_count", "amount"}
	}
	return "", nil
}

// applicationRows2019 are the rows of table 三 with one （六）其他处理 row.
func applicationRows2019() []string {
	var out []string
	for _, k := range parser.ApplicationRows {
		switch k {
		case "other_no_correction", "other_unpaid_fee":
		case "other_misc":
			out = append(out, "other_handling")
		default:
			out = append(out, k)
		}
	}
	return out
}

// reviewTable四 holds table 四 of each report as REVIEW.md reads it, group by
// group (维持, 纠正, 其他, 尚未审结, 总计).
var reviewTable四 = map[string][15]float64{
	"pt-czj-2024.txt": {},
	"pt-gwh-2022.txt": {0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0},
	"pt-htp-2019.txt": {},
	"pt-jjp-2020.txt": {},
	"pt-zrz-2021.txt": {1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0},
	"pt-jsp-2021.txt": {},
	"pt-jtj-2023.txt": {},
	"pt-spp-2025.txt": {},
}

func TestScrapedTableCells(t *testing.T) {
	tables := reviewTables(t)
	if len(tables) != 8 {
		t.Fatalf("REVIEW.md covers %d reports, want 8", len(tables))
	}
	for file, want := range tables {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "scraped", file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parser.Parse(file, data)
			if err != nil {
				t.Fatal(err)
			}
			old := doc.Template == report.Template2019
			runTogether := map[string][]string{}
			for _, n := range doc.Notes {
				if n.Code == report.NoteTableIncomplete {
					runTogether[n.Table] = append(runTogether[n.Table], n.RunTogether...)
					if len(n.Missing)+len(n.Unread) > 0 {
						t.Errorf("table %s: rows missing %v, unread %v; REVIEW.md reads every row", n.Table, n.Missing, n.Unread)
					}
				}
			}
			if len(want["二"]) == 0 || len(want["三"]) == 0 {
				t.Fatalf("REVIEW.md has no table 二 or 三 rows for %s", file)
			}
			active := doc.Tables.Active
			if active == nil {
				t.Fatal("table 二 not read")
			}
			for _, row := range want["二"] {
				key, cols := activeRowKey(row.label, old)
				if key == "" {
					t.Fatalf("REVIEW.md label %q names no row", row.label)
				}
				checkRow(t, "二 "+row.label, active.Rows[key], cols, row, slices.Contains(runTogether["active"], key), active.Unsplit[key])
			}
			apps := doc.Tables.Applications
			if apps == nil {
				t.Fatal("table 三 not read")
			}
			keys := parser.ApplicationRows
			if len(want["三"]) == 23 {
				keys = applicationRows2019()
			}
			if len(want["三"]) != len(keys) {
				t.Fatalf("REVIEW.md has %d rows of table 三", len(want["三"]))
			}
			for i, row := range want["三"] {
				checkRow(t, "三 "+row.label, apps.Rows[keys[i]], parser.ApplicationColumns, row, slices.Contains(runTogether["applications"], keys[i]), apps.Unsplit[keys[i]])
			}
			rv := doc.Tables.Review
			if rv == nil {
				t.Fatal("table 四 not read")
			}
			groups := []map[string]report.Cell{rv.Reconsideration, rv.LitigationDirect, rv.LitigationAfterReview}
			for i, v := range reviewTable四[file] {
				c, ok := groups[i/5][parser.ReviewColumns[i%5]]
				if !ok || c.Value == nil || *c.Value != v {
					t.Errorf("表四 cell %d = %+v, want %v", i, c, v)
				}
			}
		})
	}
}

func checkRow(t *testing.T, name string, row map[string]report.Cell, cols []string, want reviewRow, runTogether bool, unsplit report.Label) {
	t.Helper()
	if want.ambiguous {
		if d := strings.Trim(want.stored, "`"); unsplit.Text != d {
			t.Errorf("%s: unsplit %q, want the digits as written %q", name, unsplit.Text, d)
		}
		if len(row) != 0 {
			t.Errorf("%s: cells %v read from an ambiguous run of digits", name, row)
		}
		if !runTogether {
			t.Errorf("%s: not named as run together", name)
		}
		return
	}
	if runTogether {
		t.Errorf("%s: named as run together, but REVIEW.md reads it", name)
	}
	if len(want.values) != len(cols) {
		t.Fatalf("%s: REVIEW.md gives %d values for %d columns", name, len(want.values), len(cols))
	}
	for i, col := range cols {
		c, ok := row[col]
		if !ok || c.Value == nil || *c.Value != want.values[i] {
			t.Errorf("%s %s = %+v, want %v", name, col, c, want.values[i])
		}
	}
}
