package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/internal/corpustest"
	"github.com/nianbao/nianbao/parser"
)

// TestColumnAlignedText reads the text pdftotext -layout gives of two real
// reports (testdata/layout): labels wrapped over lines, numbers aligned in
// columns, page numbers inside tables, a vertical group label spelt one
// character per line. It must say what the PDFs say (internal/corpustest).
func TestColumnAlignedText(t *testing.T) {
	for _, want := range corpustest.Reports {
		t.Run(want.Name, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "layout", want.Name+".layout.txt")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := parser.Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			corpustest.Check(t, doc, want)
		})
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
