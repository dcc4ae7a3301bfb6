package parser

import (
	"slices"
	"testing"

	"github.com/nianbao/nianbao/parser/layout"
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

func TestSplitGapsAndWords(t *testing.T) {
	texts := func(ts []layout.Text) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.String())
		}
		return out
	}
	line := "  （二）部分公开（只计这一情 形，不  21    0\t5 3   1.属于国家秘密　7"
	gaps := splitGaps(layout.NewText(line, 1, 1))
	want := []string{"（二）部分公开（只计这一情 形，不", "21", "0", "5 3", "1.属于国家秘密", "7"}
	if got := texts(gaps); !slices.Equal(got, want) {
		t.Errorf("splitGaps = %q, want %q", got, want)
	}
	if p := gaps[3].Start(); p != (layout.Pos{Line: 1, Col: 30}) {
		t.Errorf("\"5 3\" starts at %v, want 1:30", p)
	}
	for seg, want := range map[string][]string{
		"5 3":               {"5", "3"},
		"商业 企业 12 1,234 其他": {"商业 企业", "12", "1,234", "其他"},
		"4.无正当理由大量反复 申请":    {"4.无正当理由大量反复 申请"},
		"   ":               nil,
	} {
		if got := texts(words(layout.NewText(seg, 1, 1))); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", seg, got, want)
		}
	}
}

func TestTableWordsCutsRunTogetherText(t *testing.T) {
	texts := func(ts []layout.Text) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.String())
		}
		return out
	}
	tests := []struct {
		in   string
		want []string
	}{
		{"一、本年新收政府信息公开申请数量160 02 0 018二、上年结转政府信息公开申请数量0 0 0 0 0 00三、本年度办理结果",
			[]string{"一、本年新收政府信息公开申请数量", "160", "02", "0", "018", "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "00", "三、本年度办理结果"}},
		{"1.属于国家秘密0 0 0 0 0 002.其他法律行政法规禁止公开0",
			[]string{"1.属于国家秘密", "0", "0", "0", "0", "0", "00", "2.其他法律行政法规禁止公开", "0"}},
		{"信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件5066",
			[]string{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "000", "行政规范性文件", "5066"}},
		{"本年收费金额（单位：万元）行政事业性收费18651.064104",
			[]string{"本年收费金额（单位：万元）", "行政事业性收费", "18651.064104"}},
		// Narrative keeps its numbers with their units.
		{"本年共收到申请20件，其中", []string{"本年共收到申请20件，其中"}},
		// A label that is no template word stays whole.
		{"申请人情况自然人", []string{"申请人情况", "自然人"}},
	}
	for _, tc := range tests {
		got := texts(tableWords(layout.NewText(tc.in, 1, 1)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("tableWords(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
	// Every piece keeps its place: "规章" starts after 4 header words.
	line := "信息内容本年制发件数规章000"
	toks := tableWords(layout.NewText(line, 3, 5))
	if p := toks[2].Start(); p != (layout.Pos{Line: 3, Col: 5 + 10}) {
		t.Errorf("规章 starts at %v, want 3:15", p)
	}
}
