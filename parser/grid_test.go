package parser_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// gridDoc builds a layout.Doc from rows written as "a | b | c"; a cell
// written "+x" is a Dup copy of a merged cell holding x. Lines without "|"
// are text.
func gridDoc(lines ...string) *layout.Doc {
	d := &layout.Doc{Format: report.FormatHTML, Encoding: "utf-8", NumLines: len(lines)}
	for i, s := range lines {
		n := i + 1
		if !strings.Contains(s, "|") {
			d.Lines = append(d.Lines, layout.Line{Text: layout.NewText(s, n, 1)})
			continue
		}
		l := layout.Line{Text: layout.NewText(s, n, 1), Row: true}
		col := 1
		for _, c := range strings.Split(s, "|") {
			c = strings.TrimSpace(c)
			dup := strings.HasPrefix(c, "+")
			c = strings.TrimPrefix(c, "+")
			t := layout.NewText(c, n, col)
			l.Cells = append(l.Cells, layout.Cell{Text: t, At: layout.Pos{Line: n, Col: col}, Dup: dup})
			col += len([]rune(c)) + 3
		}
		d.Lines = append(d.Lines, l)
	}
	return d
}

// TestMergedCellsInTable2 reads table 二 from a grid whose labels span
// several columns: the copies must neither cut a row off its numbers nor
// repeat column labels.
func TestMergedCellsInTable2(t *testing.T) {
	d := gridDoc(
		"二、主动公开政府信息情况",
		"第二十条第(一)项 | +第二十条第(一)项 | +第二十条第(一)项 | +第二十条第(一)项",
		"信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
		"规章 | 1 | 2 | 3",
		"行政规范性文件 | 4 | 5 | 6",
		"第二十条第(五)项 | +第二十条第(五)项 | +第二十条第(五)项 | +第二十条第(五)项",
		"信息内容 | 本年处理决定数量 | +本年处理决定数量 | +本年处理决定数量",
		"行政许可 | +行政许可 | 11 | +11",
		"三、收到和处理政府信息公开申请情况",
	)
	doc := parser.Recognize(d)
	tb := doc.Tables.Active
	if tb == nil {
		t.Fatal("table 二 not found")
	}
	want := map[string]map[string]float64{
		"regulations":         {"issued": 1, "repealed": 2, "in_force": 3},
		"normative_documents": {"issued": 4, "repealed": 5, "in_force": 6},
		"licensing":           {"decisions": 11},
	}
	for row, cols := range want {
		if len(tb.Rows[row]) != len(cols) {
			t.Errorf("%s = %v, want %v", row, tb.Rows[row], cols)
		}
		for col, v := range cols {
			if c := tb.Rows[row][col]; c.Value == nil || *c.Value != v {
				t.Errorf("%s.%s = %+v, want %v", row, col, c, v)
			}
		}
	}
	if got := strings.Join(tb.Columns, ","); got != "本年制发件数,本年废止件数,现行有效件数,本年处理决定数量" {
		t.Errorf("columns = %s", got)
	}
}
