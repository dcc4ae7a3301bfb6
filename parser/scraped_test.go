package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// The reports in testdata/scraped are real reports as a crawler stored
// them: a metadata header, then the whole article on one line. The
// expectations below were read off each file by eye.

type scrapedExpect struct {
	file, title, issuer, kind string
	year                      int
	period                    [2]string
	published, pageDate       string // "" when there is none
	address, postcode         string
	phones, faxes, emails     []string
	// headings lists each section heading as written (number and title),
	// in order, with its key.
	headings [][2]string
}

var scrapedReports = []scrapedExpect{
	{
		file: "pt-czj-2024.txt", title: "平潭综合实验区财政金融局2024年度政府信息公开工作年度报告",
		issuer: "平潭综合实验区财政金融局", kind: report.KindDepartment, year: 2024,
		period: [2]string{"2024-01-01", "2024-12-31"}, published: "2025-01-23", pageDate: "2025-01-23",
		address: "平潭综合实验区北厝镇金井湾片区管委会大楼主楼6层", postcode: "350400",
		phones: []string{"0591-23163551"}, faxes: []string{"0591-23100206"},
		headings: scrapedHeadings("存在的主要问题及改进情况"),
	},
	{
		file: "pt-gwh-2022.txt", title: "平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告",
		issuer: "平潭综合实验区管委会办公室", kind: report.KindDepartment, year: 2022,
		period: [2]string{"2022-01-01", "2022-12-31"}, pageDate: "2023-01-19",
		address: "平潭综合实验区商务营运中心7号楼14层", postcode: "350400",
		phones: []string{"0591-23165385"}, emails: []string{"pzxxgkb@163.com"},
		headings: scrapedHeadings("存在的主要问题及改进情况"),
	},
	{
		file: "pt-htp-2019.txt", title: "平潭综合实验区海坛片区管理局2019年度政府信息公开工作年度报告",
		issuer: "平潭综合实验区海坛片区管理局", kind: report.KindDepartment, year: 2019,
		period: [2]string{"2019-09-01", "2019-12-31"}, published: "2020-01-02", pageDate: "2020-01-03",
		phones: []string{"0591-23108001"}, faxes: []string{"0591-23108001"}, emails: []string{"htpqzwgk@163.com"},
		headings: scrapedHeadings("存在的主要问题及改进情况"),
	},
	{
		file: "pt-jjp-2020.txt", title: "平潭综合实验区金井片区管理局2020年政府信息公开工作年度报告",
		issuer: "平潭综合实验区金井片区管理局", kind: report.KindDepartment, year: 2020,
		period: [2]string{"2020-01-01", "2020-12-31"}, published: "2021-01-26", pageDate: "2021-01-27",
		address: "平潭县北厝镇红山村加田下65号", postcode: "350401",
		phones: []string{"23156157"}, faxes: []string{"23156377"},
		// "一总体情况": the number run into its title.
		headings: append([][2]string{{"overview", "一总体情况"}}, scrapedHeadings("存在的主要问题及改进情况")[1:]...),
	},
	{
		file: "pt-jsp-2021.txt", title: "平潭综合实验区君山片区管理局2021年政府信息公开工作年度报告",
		issuer: "平潭综合实验区君山片区管理局", kind: report.KindDepartment, year: 2021,
		period: [2]string{"2021-01-01", "2021-12-31"}, published: "2022-01-07", pageDate: "2022-01-25",
		address: "平潭综合实验区国昌路1号中原安置小区", postcode: "350400",
		phones: []string{"0591-23107633"}, faxes: []string{"0591-23100312"},
		headings: scrapedHeadings("存在的主要问题及改进情况"),
	},
	{
		file: "pt-jtj-2023.txt", title: "平潭综合实验区交通与建设局2023年度政府信息公开工作年度报告",
		issuer: "平潭综合实验区交通与建设局", kind: report.KindDepartment, year: 2023,
		period: [2]string{"2023-01-01", "2023-12-31"}, published: "2024-01-30", pageDate: "2024-01-30",
		address: "金井湾商务运营中心7号楼7层7015办公室(二)", postcode: "350400",
		phones: []string{"0591-23179988"}, faxes: []string{"0591-23163420"}, emails: []string{"ptzsjtjs@126.com"},
		headings: scrapedHeadings("存在的主要问题及改进情况"),
	},
	{
		file: "pt-spp-2025.txt", title: "平潭综合实验区苏平片区管理局2025年度政府信息公开工作年度报告",
		issuer: "平潭综合实验区苏平片区管理局", kind: report.KindDepartment, year: 2025,
		period: [2]string{"2025-01-01", "2025-12-31"}, pageDate: "2026-01-21",
		address: "平潭综合实验区金井镇中山大道中段3号", postcode: "350400",
		phones: []string{"0591-23159779"}, faxes: []string{"0591-23159917"},
		// The 2025 format adds 五、信息处理费收取情况; this report ends with
		// its 六 and has no 其他需要报告的事项.
		headings: [][2]string{
			{"overview", "一、总体情况"}, {"active_disclosure", "二、主动公开政府信息情况"},
			{"applications", "三、收到和处理政府信息公开申请情况"}, {"review_litigation", "四、政府信息公开行政复议、行政诉讼情况"},
			{"processing_fees", "五、信息处理费收取情况"}, {"problems", "六、存在的主要问题和改进情况"},
		},
	},
	{
		file: "pt-zrz-2021.txt", title: "平潭综合实验区自然资源与生态环境局2021年度政府信息公开工作报告",
		issuer: "平潭综合实验区自然资源与生态环境局", kind: report.KindDepartment, year: 2021,
		period: [2]string{"2021-01-01", "2021-12-31"}, published: "2022-01-10", pageDate: "2022-01-11",
		address: "平潭综合实验区金井湾商务营运中心7号楼8层",
		phones:  []string{"0591-23163261"}, emails: []string{"pthtjbgs@163.com"},
		headings: scrapedHeadings("存在的主要问题及改进情况"),
	},
}

func scrapedHeadings(problems string) [][2]string {
	return [][2]string{
		{"overview", "一、总体情况"}, {"active_disclosure", "二、主动公开政府信息情况"},
		{"applications", "三、收到和处理政府信息公开申请情况"}, {"review_litigation", "四、政府信息公开行政复议、行政诉讼情况"},
		{"problems", "五、" + problems}, {"other_matters", "六、其他需要报告的事项"},
	}
}

// sourceAt returns the n code points of the source at a location.
func sourceAt(lines []string, l report.Loc, n int) string {
	if l.Line < 1 || l.Line > len(lines) {
		return ""
	}
	r := []rune(lines[l.Line-1])
	if l.Column < 1 || l.Column-1+n > len(r) {
		return ""
	}
	return string(r[l.Column-1 : l.Column-1+n])
}

func TestScrapedReports(t *testing.T) {
	for _, want := range scrapedReports {
		t.Run(want.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "scraped", want.file))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			doc, err := parser.Parse(want.file, data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title == nil || doc.Title.Text != want.title {
				t.Errorf("title = %+v, want %s", doc.Title, want.title)
			} else if got := sourceAt(lines, doc.Title.Loc, len([]rune(want.title))); got != want.title {
				t.Errorf("title located at %q", got)
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
			} else if got := sourceAt(lines, pd.Loc, 10); got != want.pageDate {
				t.Errorf("page date located at %q", got)
			}
			checkScrapedContact(t, doc, want)
			var got [][2]string
			for _, s := range doc.Sections {
				n := len([]rune(s.Heading))
				at := sourceAt(lines, s.Loc, s.Loc.EndColumn-s.Loc.Column)
				if s.Loc.Line != 10 || !strings.HasSuffix(at, s.Heading) || n == 0 {
					t.Errorf("section %s located at %d:%d (%q), heading %q", s.Key, s.Loc.Line, s.Loc.Column, at, s.Heading)
				}
				got = append(got, [2]string{s.Key, at})
			}
			if len(got) != len(want.headings) {
				t.Fatalf("sections = %v, want %v", got, want.headings)
			}
			for i := range got {
				if got[i] != want.headings[i] {
					t.Errorf("section %d = %v, want %v", i, got[i], want.headings[i])
				}
			}
		})
	}
}

func checkScrapedContact(t *testing.T, doc *report.Document, want scrapedExpect) {
	t.Helper()
	c := doc.Contact
	if c == nil {
		t.Fatal("no contact details")
	}
	if got := fieldValue(c.Address); got != want.address {
		t.Errorf("address = %q, want %q", got, want.address)
	}
	if got := fieldValue(c.Postcode); got != want.postcode {
		t.Errorf("postcode = %q, want %q", got, want.postcode)
	}
	for _, f := range []struct {
		name      string
		got, want []string
	}{{"phones", values(c.Phones), want.phones}, {"faxes", values(c.Faxes), want.faxes}, {"emails", values(c.Emails), want.emails}} {
		if !equalStrings(f.got, f.want) {
			t.Errorf("%s = %v, want %v", f.name, f.got, f.want)
		}
	}
}
