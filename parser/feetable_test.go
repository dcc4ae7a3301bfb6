package parser

import (
	"testing"

	"github.com/nianbao/nianbao/parser/plaintext"
	"github.com/nianbao/nianbao/report"
)

func TestFeeTable(t *testing.T) {
	tests := []struct {
		name, body string
		unit       string
		want       []float64 // nil: cells unread, the row run together
	}{
		{"one line run together", "通知收取件数通知收取金额（元）实际收取金额（元）信息处理费收取情况000", "元", []float64{0, 0, 0}},
		{"pipe table", "| 通知收取件数 | 通知收取金额（单位：万元） | 实际收取金额（单位：万元） |\n| 信息处理费收取情况 | 2 | 0.15 | 0.1 |", "万元", []float64{2, 0.15, 0.1}},
		{"ambiguous", "通知收取件数 通知收取金额（元） 实际收取金额（元） 1200", "元", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "四、政府信息公开行政复议、行政诉讼情况\n无\n五、信息处理费收取情况\n" + tc.body + "\n六、存在的主要问题和改进情况\n无。\n"
			doc := Recognize(plaintext.Extract(text, "utf-8"))
			ft := doc.Tables.ProcessingFees
			if ft == nil {
				t.Fatal("no processing_fees table")
			}
			if ft.Unit != tc.unit {
				t.Errorf("unit = %q, want %q", ft.Unit, tc.unit)
			}
			if tc.want == nil {
				if len(ft.Cells) != 0 {
					t.Errorf("cells %v read from an ambiguous run", ft.Cells)
				}
				found := false
				for _, n := range doc.Notes {
					found = found || n.Table == "processing_fees" && len(n.RunTogether) == 1
				}
				if !found {
					t.Errorf("no run-together note: %+v", doc.Notes)
				}
				return
			}
			for i, key := range FeeColumns {
				c := ft.Cells[key]
				if c.Value == nil || *c.Value != tc.want[i] {
					t.Errorf("%s = %+v, want %v", key, c, tc.want[i])
				}
			}
			for _, n := range doc.Notes {
				if n.Code == report.NoteTableIncomplete {
					t.Errorf("unexpected note %+v", n)
				}
			}
			if doc.Tables.Review != nil && len(doc.Tables.Review.Reconsideration) > 0 {
				t.Errorf("fee cells taken into table 四: %+v", doc.Tables.Review)
			}
		})
	}
}
