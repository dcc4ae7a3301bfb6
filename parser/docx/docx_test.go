package docx_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser/docx"
	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

func extract(t *testing.T, body string) *layout.Doc {
	t.Helper()
	d, err := docx.Extract(wordFile(t, body))
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return d
}

// paragraphOf returns the paragraph number recorded for line n.
func paragraphOf(d *layout.Doc, n int) int {
	return d.LocOf(layout.NewText("x", n, 1)).Paragraph
}

// textAt returns the n runes of d.Text at p, or "" when they are not there.
func textAt(d *layout.Doc, p layout.Pos, n int) string {
	lines := strings.Split(d.Text, "\n")
	if p.Line < 1 || p.Line > len(lines) || n < 0 {
		return ""
	}
	r := []rune(lines[p.Line-1])
	if p.Col < 1 || p.Col-1+n > len(r) {
		return ""
	}
	return string(r[p.Col-1 : p.Col-1+n])
}

// locText returns the text of d.Text at a location on one line.
func locText(d *layout.Doc, l report.Loc) string {
	if l.Line != l.EndLine {
		return ""
	}
	return textAt(d, layout.Pos{Line: l.Line, Col: l.Column}, l.EndColumn-l.Column)
}

func TestParagraphs(t *testing.T) {
	textBox := text("框内第一段") + text("框内第二段")
	tests := []struct {
		name  string
		body  string
		lines []string // the lines as written
		text  string   // Doc.Text: folded
		paras []int    // the paragraph of each line
	}{
		{
			name:  "runs split a number and a label",
			body:  para(run("收到申请"), run("1"), run("3"), run("件，本年"), run("新"), run("收")),
			lines: []string{"收到申请13件，本年新收"},
			text:  "收到申请13件,本年新收\n",
			paras: []int{1},
		},
		{
			name:  "a line break starts a line of the same paragraph; a tab stays",
			body:  para(run("一、总体情况"), `<w:r><w:br/></w:r>`, run("（一）主动公开"), `<w:r><w:tab/></w:r>`, run("351条")) + text("二、主动公开政府信息情况"),
			lines: []string{"一、总体情况", "（一）主动公开\t351条", "二、主动公开政府信息情况"},
			text:  "一、总体情况\n(一)主动公开 351条\n二、主动公开政府信息情况\n",
			paras: []int{1, 1, 2},
		},
		{
			name:  "an empty paragraph is an empty line",
			body:  text("甲") + para() + text("乙"),
			lines: []string{"甲", "", "乙"},
			text:  "甲\n\n乙\n",
			paras: []int{1, 2, 3},
		},
		{
			name: "deleted text and field codes are not text; insertions, hyperlinks and fields are",
			body: para(run("本年度"),
				`<w:del w:id="1" w:author="a"><w:r><w:delText>未</w:delText></w:r></w:del>`,
				`<w:ins w:id="2" w:author="a">`+run("没有")+`</w:ins>`,
				`<w:moveFrom w:id="3" w:author="a">`+run("移走")+`</w:moveFrom>`,
				run("收取"),
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD fee </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`,
				run("信息处理费"),
				`<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
				para(`<w:hyperlink r:id="rId9">`+run("0994")+`</w:hyperlink>`, `<w:r><w:noBreakHyphen/></w:r>`,
					`<w:smartTag w:uri="u" w:element="e">`+run("2524371")+`</w:smartTag>`,
					`<w:fldSimple w:instr=" PAGE ">`+run("。")+`</w:fldSimple>`),
			lines: []string{"本年度没有收取信息处理费", "0994-2524371。"},
			text:  "本年度没有收取信息处理费\n0994-2524371。\n",
			paras: []int{1, 2},
		},
		{
			name: "content controls in the body and in a paragraph",
			body: `<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>` +
				text("一、总体情况") + text("（一）主动公开情况") + `</w:sdtContent></w:sdt>` +
				para(run("电话："), `<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>`+run("0994-2524371")+`</w:sdtContent></w:sdt>`),
			lines: []string{"一、总体情况", "（一）主动公开情况", "电话：0994-2524371"},
			text:  "一、总体情况\n(一)主动公开情况\n电话:0994-2524371\n",
			paras: []int{1, 2, 3},
		},
		{
			name: "a text box follows its paragraph, read once of its two forms",
			body: para(run("正文"),
				`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>`+
					textBox+
					`</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`+
					`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>`+textBox+`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
				run("续")) + text("后文"),
			lines: []string{"正文续", "框内第一段", "框内第二段", "后文"},
			text:  "正文续\n框内第一段\n框内第二段\n后文\n",
			paras: []int{1, 2, 3, 4},
		},
		{
			name:  "a VML text box",
			body:  para(`<w:r><w:pict><v:shape><v:textbox><w:txbxContent>` + text("联系电话") + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`),
			lines: []string{"", "联系电话"},
			text:  "\n联系电话\n",
			paras: []int{1, 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.body)
			if d.Text != tt.text {
				t.Errorf("Text = %q, want %q", d.Text, tt.text)
			}
			if d.NumLines != len(tt.lines) || len(d.Lines) != len(tt.lines) {
				t.Fatalf("NumLines = %d, %d lines; want %d", d.NumLines, len(d.Lines), len(tt.lines))
			}
			for i, want := range tt.lines {
				l := d.Lines[i]
				if l.Row || l.Text.String() != want {
					t.Errorf("line %d = %q (row %v), want %q", i+1, l.Text, l.Row, want)
				}
				if !l.Text.IsEmpty() && l.Text.Start() != (layout.Pos{Line: i + 1, Col: 1}) {
					t.Errorf("line %d starts at %v", i+1, l.Text.Start())
				}
				if got := paragraphOf(d, i+1); got != tt.paras[i] {
					t.Errorf("line %d: paragraph %d, want %d", i+1, got, tt.paras[i])
				}
			}
			if want := tt.paras[len(tt.paras)-1]; d.Paragraphs != want {
				t.Errorf("Paragraphs = %d, want %d", d.Paragraphs, want)
			}
			if d.Format != report.FormatDOCX || d.Encoding != "utf-8" {
				t.Errorf("Format, Encoding = %q, %q", d.Format, d.Encoding)
			}
		})
	}
}

type wantCell struct {
	text string
	dup  bool
	at   layout.Pos // where the Word cell stands
	from layout.Pos // where the text is written
}

func pos(line, col int) layout.Pos { return layout.Pos{Line: line, Col: col} }

func TestTables(t *testing.T) {
	const (
		result   = "三、本年度办理结果"
		withheld = "（三）不予公开"
		partial  = "（二）部分公开 （区分处理的，只计这一情形，不计其他情形）"
	)
	tests := []struct {
		name  string
		body  string
		lines []string
		rows  [][]wantCell // nil for a line that is not a row
		paras []int
	}{
		{
			name:  "gridSpan: the copies follow the cell",
			body:  tbl(tr(cell(span(2), "一、本年新收政府信息公开申请数量"), cell("", "7"), cell("", "0"))),
			lines: []string{"一、本年新收政府信息公开申请数量 | 7 | 0"},
			rows: [][]wantCell{{
				{"一、本年新收政府信息公开申请数量", false, pos(1, 1), pos(1, 1)},
				{"一、本年新收政府信息公开申请数量", true, pos(1, 1), pos(1, 1)},
				{"7", false, pos(1, 20), pos(1, 20)},
				{"0", false, pos(1, 24), pos(1, 24)},
			}},
			paras: []int{1},
		},
		{
			name: "vMerge: continuing cells copy the cell above, also spanned",
			body: tbl(
				tr(cell(vRestart, result), cell(span(2), "（一）予以公开"), cell("", "5")),
				tr(tc(vContinue), cell(vRestart, withheld), cell("", "1.属于国家秘密"), cell("", "6")),
				tr(tc(vContinue), tc(vContinue), cell("", "2.其他法律行政法规禁止公开"), cell("", "7")),
			),
			lines: []string{
				"三、本年度办理结果 | （一）予以公开 | 5",
				" | （三）不予公开 | 1.属于国家秘密 | 6",
				" |  | 2.其他法律行政法规禁止公开 | 7",
			},
			rows: [][]wantCell{
				{{result, false, pos(1, 1), pos(1, 1)}, {"（一）予以公开", false, pos(1, 13), pos(1, 13)}, {"（一）予以公开", true, pos(1, 13), pos(1, 13)}, {"5", false, pos(1, 23), pos(1, 23)}},
				{{result, true, pos(2, 1), pos(1, 1)}, {withheld, false, pos(2, 4), pos(2, 4)}, {"1.属于国家秘密", false, pos(2, 14), pos(2, 14)}, {"6", false, pos(2, 25), pos(2, 25)}},
				{{result, true, pos(3, 1), pos(1, 1)}, {withheld, true, pos(3, 4), pos(2, 4)}, {"2.其他法律行政法规禁止公开", false, pos(3, 7), pos(3, 7)}, {"7", false, pos(3, 24), pos(3, 24)}},
			},
			paras: []int{1, 2, 3},
		},
		{
			name: "gridBefore shifts the grid; hMerge copies the cell before",
			body: tbl(
				tr(cell("", "甲"), cell("", "乙"), cell("", "丙")),
				`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>`+tc(vContinue)+cell("", "丁")+`</w:tr>`,
				tr(cell(`<w:hMerge w:val="restart"/>`, "戊"), tc(`<w:hMerge/>`), cell("", "己")),
			),
			lines: []string{"甲 | 乙 | 丙", " | 丁", "戊 |  | 己"},
			rows: [][]wantCell{
				{{"甲", false, pos(1, 1), pos(1, 1)}, {"乙", false, pos(1, 5), pos(1, 5)}, {"丙", false, pos(1, 9), pos(1, 9)}},
				{{"乙", true, pos(2, 1), pos(1, 5)}, {"丁", false, pos(2, 4), pos(2, 4)}},
				{{"戊", false, pos(3, 1), pos(3, 1)}, {"戊", true, pos(3, 5), pos(3, 1)}, {"己", false, pos(3, 8), pos(3, 8)}},
			},
			paras: []int{1, 2, 3},
		},
		{
			name: "a cell's paragraphs are joined by a space; blank cells at the end are dropped",
			body: tbl(tr(
				tc("", text("（二）部分公开"), text("（区分处理的，只计这一情形，不计其他情形）")),
				tc("", para(run("\u3000"), run("0"), run(" "))),
				tc(""), tc(span(2)),
			)),
			lines: []string{partial + " | 0 |  | "},
			rows:  [][]wantCell{{{partial, false, pos(1, 1), pos(1, 1)}, {"0", false, pos(1, 33), pos(1, 33)}}},
			paras: []int{1},
		},
		{
			name: "a nested table follows the row holding it",
			body: tbl(
				tr(tc("", text("外层甲"), tbl(tr(cell("", "内层一"), cell("", "内层二"))), para()), cell("", "外层乙")),
				tr(cell("", "外层丙"), cell("", "外层丁")),
			) + text("后文"),
			lines: []string{"外层甲 | 外层乙", "内层一 | 内层二", "外层丙 | 外层丁", "后文"},
			rows: [][]wantCell{
				{{"外层甲", false, pos(1, 1), pos(1, 1)}, {"外层乙", false, pos(1, 7), pos(1, 7)}},
				{{"内层一", false, pos(2, 1), pos(2, 1)}, {"内层二", false, pos(2, 7), pos(2, 7)}},
				{{"外层丙", false, pos(3, 1), pos(3, 1)}, {"外层丁", false, pos(3, 7), pos(3, 7)}},
				nil,
			},
			paras: []int{1, 2, 3, 4},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.body)
			if len(d.Lines) != len(tt.lines) {
				t.Fatalf("%d lines, want %d:\n%s", len(d.Lines), len(tt.lines), d.Text)
			}
			for i, l := range d.Lines {
				if l.Text.String() != tt.lines[i] {
					t.Errorf("line %d = %q, want %q", i+1, l.Text, tt.lines[i])
				}
				if got := paragraphOf(d, i+1); got != tt.paras[i] {
					t.Errorf("line %d: paragraph %d, want %d", i+1, got, tt.paras[i])
				}
				want := tt.rows[i]
				if l.Row != (want != nil) {
					t.Fatalf("line %d: Row = %v", i+1, l.Row)
				}
				checkCells(t, d, i+1, l.Cells, want)
			}
		})
	}
}

func checkCells(t *testing.T, d *layout.Doc, line int, got []layout.Cell, want []wantCell) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("line %d: %d cells, want %d", line, len(got), len(want))
		return
	}
	for k, c := range got {
		w := want[k]
		if c.Text.String() != w.text || c.Dup != w.dup || c.At != w.at || c.Text.Start() != w.from {
			t.Errorf("line %d cell %d = {%q dup=%v at=%v from=%v}, want {%q dup=%v at=%v from=%v}",
				line, k+1, c.Text, c.Dup, c.At, c.Text.Start(), w.text, w.dup, w.at, w.from)
		}
		// The text stands in Doc.Text where its positions say.
		n := len([]rune(w.text))
		if got := textAt(d, c.Text.Start(), n); got != layout.FoldString(w.text) {
			t.Errorf("line %d cell %d: Doc.Text at %v holds %q", line, k+1, c.Text.Start(), got)
		}
	}
}

func TestMainPart(t *testing.T) {
	strict := `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` + text("严格格式") + `</w:body></w:document>`
	tests := []struct {
		name    string
		entries []entry
		want    string
	}{
		{"named by the package relationship", []entry{
			{"_rels/.rels", packageRels("/word/document2.xml")},
			{"word/document.xml", document(text("旧文档"))},
			{"word/document2.xml", document(text("主文档"))},
		}, "主文档\n"},
		{"the relationship names a missing part", []entry{
			{"_rels/.rels", packageRels("word/missing.xml")},
			{"word/document.xml", document(text("主文档"))},
		}, "主文档\n"},
		{"no relationships, and a name in another case", []entry{
			{"Word/Document.xml", document(text("主文档"))},
		}, "主文档\n"},
		{"strict WordprocessingML", []entry{
			{"word/document.xml", strict},
		}, "严格格式\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := docx.Extract(zipOf(t, tt.entries...))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.want {
				t.Errorf("Text = %q, want %q", d.Text, tt.want)
			}
		})
	}
}
