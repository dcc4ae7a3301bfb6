package place

import (
	"testing"

	"github.com/nianbao/nianbao/report"
)

func loc(line, col, endLine, endCol int) report.Loc {
	return report.Loc{Line: line, Column: col, EndLine: endLine, EndColumn: endCol}
}

func num(v float64) *float64 { return &v }

// doc is a small report: a title, a preamble sentence, section 一 with a
// sentence and a subsection, section 三 with table 三 in it, and table 四
// whose merged cells share one location.
func doc() *report.Document {
	return &report.Document{
		Title: &report.Title{Text: "某局2024年政府信息公开工作年度报告", Loc: loc(1, 1, 1, 20)},
		Sections: []report.Section{
			{Key: report.SectionOverview, Heading: "总体情况", Loc: loc(3, 1, 3, 7), End: loc(6, 30, 6, 30),
				Subsections: []report.Subsection{{Heading: "（一）主动公开", Loc: loc(5, 1, 5, 8)}}},
			{Key: report.SectionApplications, Heading: "收到和处理政府信息公开申请情况", Loc: loc(8, 1, 8, 18), End: loc(12, 20, 12, 20)},
		},
		Sentences: []report.Sentence{
			{Section: "", Text: "根据《条例》编制本报告。", Loc: loc(2, 1, 2, 13)},
			{Section: report.SectionOverview, Text: "本机关  全年主动公开信息 12 条。", Loc: loc(4, 1, 4, 20)},
		},
		Tables: report.Tables{
			Applications: &report.Table{Loc: loc(9, 1, 12, 20),
				Rows: map[string]map[string]report.Cell{
					"total_processed": {"natural_person": {Value: num(3), Raw: "3", Loc: loc(11, 10, 11, 11)}, "total": {Value: num(3), Raw: "3", Loc: loc(11, 14, 11, 15)}},
				},
				RowLabels: map[string]report.Label{"total_processed": {Text: "（七）总计", Loc: loc(11, 1, 11, 6)}},
			},
			Review: &report.ReviewTable{Loc: loc(13, 1, 14, 40),
				Reconsideration:  map[string]report.Cell{"total": {Raw: "0", Loc: loc(14, 1, 14, 2)}},
				LitigationDirect: map[string]report.Cell{"total": {Raw: "0", Loc: loc(14, 1, 14, 2)}},
			},
		},
		End: loc(15, 5, 15, 5),
	}
}

// TestOf places locations on the elements that hold them, innermost
// first, and locations on none between them.
func TestOf(t *testing.T) {
	d := doc()
	elems := Elements(d)
	tests := []struct {
		rule string
		p    report.Loc
		key  string
	}{
		{"arithmetic/application-balance", loc(11, 10, 11, 11), "cell:applications:total_processed:natural_person"},
		{"arithmetic/row-sum", loc(11, 14, 0, 0), "cell:applications:total_processed:total"},
		{"template/label-typo", loc(11, 2, 0, 0), "label:applications:total_processed"},
		// The merged cell of table 四: the first group's.
		{"arithmetic/review-sum", loc(14, 1, 0, 0), "cell:review:reconsideration:total"},
		{"template/outdated", loc(9, 1, 0, 0), "table:applications"},
		{"structure/overview-incomplete", loc(3, 1, 0, 0), "heading:overview"},
		{"contact/incomplete", loc(4, 3, 0, 0), "sentence:overview:" + Hash("本机关全年主动公开信息12条。")},
		{"structure/title-year", loc(1, 5, 0, 0), "title"},
		// Something missing is placed where it belongs, not on the
		// element it points at.
		{"structure/title-missing", loc(1, 1, 0, 0), "start"},
		{"structure/section-missing", loc(8, 1, 0, 0), "before:applications"},
		{"fees/statement-missing", loc(6, 1, 0, 0), "section:overview"},
		{"dates/published-missing", loc(15, 5, 0, 0), "end"},
		{"custom/x", report.Loc{}, "start"},
	}
	for _, tt := range tests {
		if got := Of(d, elems, tt.rule, tt.p).Key(); got != tt.key {
			t.Errorf("%s at %d:%d: %s, want %s", tt.rule, tt.p.Line, tt.p.Column, got, tt.key)
		}
	}
	if got := Of(nil, nil, "parse/unrecognized", loc(1, 1, 1, 1)).Kind; got != KindStart {
		t.Errorf("no document: %s, want start", got)
	}
}

// TestHash: the same words hash alike however they are spaced and
// whether their forms are full-width, and other words do not.
func TestHash(t *testing.T) {
	if Hash("共 12 条，") != Hash("共１２条,") {
		t.Error("white space and full-width forms change the hash")
	}
	if Hash("共12条") == Hash("共13条") {
		t.Error("another number hashes alike")
	}
	if got := Beginning("一二三四五", 3); got != "一二三…" {
		t.Errorf("Beginning = %q", got)
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		p      Place
		zh, en string
	}{
		{Place{Kind: KindCell, Table: TableApplications, Row: "total_processed", Column: "natural_person"}, "表三 “（七）总计” “自然人”", "Table 3 “3(7) Total” “natural persons”"},
		{Place{Kind: KindCell, Table: TableReview, Row: "reconsideration", Column: "total"}, "表四 “行政复议” “总计”", "Table 4 “Reconsideration” “total”"},
		{Place{Kind: KindLabel, Table: TableActive, Row: "normative_documents"}, "表二 “行政规范性文件”行", "Table 2 row “Normative documents”"},
		{Place{Kind: KindSentence, Section: report.SectionOverview, Text: "本机关…"}, "一、总体情况 “本机关…”", "1. Overview “本机关…”"},
		{Place{Kind: KindBefore, Section: report.SectionOverview}, "一、总体情况 之前", "before 1. Overview"},
		{Place{Kind: KindEnd}, "报告末尾", "end of the report"},
		{Place{Kind: KindStart}, "报告开头", "start of the report"},
	}
	for _, tt := range tests {
		if got := tt.p.Describe("zh"); got != tt.zh {
			t.Errorf("%s: %q, want %q", tt.p.Key(), got, tt.zh)
		}
		if got := tt.p.Describe("en"); got != tt.en {
			t.Errorf("%s: %q, want %q", tt.p.Key(), got, tt.en)
		}
	}
}
