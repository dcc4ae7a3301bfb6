package parser

import (
	"testing"

	"github.com/nianbao/nianbao/parser/plaintext"
)

func TestCellNumberWithUnitOfMoney(t *testing.T) {
	tests := []struct {
		cell string
		want float64
	}{
		{"75394432.52元", 75394432.52},
		{"12.5万元", 12.5},
		{"0元", 0},
		{"135", 135},
	}
	for _, tc := range tests {
		t.Run(tc.cell, func(t *testing.T) {
			text := "二、主动公开政府信息情况\n" +
				"第二十条第（九）项 |\n" +
				"信息内容 | 采购项目数量 | 采购总金额 |\n" +
				"政府集中采购 | 7 | " + tc.cell + " |\n" +
				"三、收到和处理政府信息公开申请情况\n"
			doc := Recognize(plaintext.Extract(text, "utf-8"))
			if doc.Tables.Active == nil {
				t.Fatal("table 二 not found")
			}
			c, ok := doc.Tables.Active.Rows["procurement"]["amount"]
			switch {
			case !ok:
				t.Fatalf("amount missing: %+v", doc.Tables.Active.Rows["procurement"])
			case c.Value == nil || *c.Value != tc.want:
				t.Errorf("amount = %v (raw %q), want %v", c.Value, c.Raw, tc.want)
			case c.Raw != tc.cell:
				t.Errorf("raw = %q, want %q", c.Raw, tc.cell)
			}
		})
	}
}
