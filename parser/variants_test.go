package parser_test

import (
	"testing"

	"github.com/nianbao/nianbao/parser"
)

// TestTitleVariants: how real reports write their title, period and
// contact labels.
func TestTitleVariants(t *testing.T) {
	body := "\n一、总体情况\n本年度工作有序开展。\n二、主动公开政府信息情况\n"
	tests := []struct {
		name, text             string
		title, issuer, phone   string
		year                   int
		periodStart, periodEnd string
	}{
		{name: "a 函 wrapping the report", text: "某某县发展和改革局关于报送2020年度政府信息公开工作年度报告的函" + body,
			title: "某某县发展和改革局关于报送2020年度政府信息公开工作年度报告的函", issuer: "某某县发展和改革局", year: 2020},
		{name: "…政府信息公开年度报告", text: "某某区人民政府2023年政府信息公开年度报告" + body,
			title: "某某区人民政府2023年政府信息公开年度报告", issuer: "某某区人民政府", year: 2023},
		{name: "…政府信息公开工作报告", text: "某某市财政局2021年度政府信息公开工作报告" + body,
			title: "某某市财政局2021年度政府信息公开工作报告", issuer: "某某市财政局", year: 2021},
		{name: "a breadcrumb above the title", text: "首页 > 政务公开 > 政府信息公开年报\n某某市财政局2021年度政府信息公开工作年度报告" + body,
			title: "某某市财政局2021年度政府信息公开工作年度报告", issuer: "某某市财政局", year: 2021},
		{name: "当前位置 breadcrumb", text: "当前位置：首页>政务公开>政府信息公开年报\n某某市财政局2021年度政府信息公开工作年度报告" + body,
			title: "某某市财政局2021年度政府信息公开工作年度报告", issuer: "某某市财政局", year: 2021},
		{name: "period without the end's year, a label naming two things",
			text:  "某某市财政局2024年度政府信息公开工作年度报告\n统计期限为2024年1月1日至12月31日。如有疑问请联系（电话/传真：0591-23165370）。" + body,
			title: "某某市财政局2024年度政府信息公开工作年度报告", issuer: "某某市财政局", year: 2024,
			periodStart: "2024-01-01", periodEnd: "2024-12-31", phone: "0591-23165370"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parser.Parse("x.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title == nil || doc.Title.Text != tt.title {
				t.Errorf("title = %+v, want %s", doc.Title, tt.title)
			}
			if doc.Issuer == nil || doc.Issuer.Name != tt.issuer {
				t.Errorf("issuer = %+v, want %s", doc.Issuer, tt.issuer)
			}
			if doc.Year == nil || *doc.Year != tt.year {
				t.Errorf("year = %v, want %d", doc.Year, tt.year)
			}
			if tt.periodStart != "" && (doc.Period == nil || doc.Period.Start != tt.periodStart || doc.Period.End != tt.periodEnd) {
				t.Errorf("period = %+v", doc.Period)
			}
			if tt.phone != "" {
				if doc.Contact == nil || !equalStrings(values(doc.Contact.Phones), []string{tt.phone}) || !equalStrings(values(doc.Contact.Faxes), []string{tt.phone}) {
					t.Errorf("contact = %+v, want %s as phone and fax", doc.Contact, tt.phone)
				}
			}
		})
	}
}

// TestRowLabelVariants: row labels written with their common variants are
// read by meaning.
func TestRowLabelVariants(t *testing.T) {
	text := "三、收到和处理政府信息公开申请情况\n" +
		"| （三）不予公开 | 7.属于行政执法案件 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n" +
		"| （四）无法提供 | 1.本机关不掌握相关政府信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n" +
		"四、政府信息公开行政复议、行政诉讼情况\n"
	doc, err := parser.Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Tables.Applications
	if a == nil {
		t.Fatal("table 三 not read")
	}
	c := a.Rows["withheld_enforcement_file"]["total"]
	if c.Value == nil || *c.Value != 1 {
		t.Errorf("7.属于行政执法案件 total = %+v, want 1 (rows %v)", c, a.Rows)
	}
}
