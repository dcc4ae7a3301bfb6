package htmldoc_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/htmldoc"
	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

func extract(t *testing.T, page string) *layout.Doc {
	t.Helper()
	d, err := htmldoc.Extract([]byte(page))
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	checkPositions(t, d)
	return d
}

// rows returns the row lines of d.
func rows(d *layout.Doc) []layout.Line {
	var out []layout.Line
	for _, l := range d.Lines {
		if l.Row {
			out = append(out, l)
		}
	}
	return out
}

// texts returns the non-row lines of d.
func texts(d *layout.Doc) []string {
	var out []string
	for _, l := range d.Lines {
		if !l.Row {
			out = append(out, l.Text.String())
		}
	}
	return out
}

// at returns the position of the n-th (0-based) occurrence of s in page.
func at(t *testing.T, page, s string, n int) layout.Pos {
	t.Helper()
	off := 0
	for k := 0; ; k++ {
		i := strings.Index(page[off:], s)
		if i < 0 {
			t.Fatalf("%q not found %d times in the page", s, n+1)
		}
		if k == n {
			off += i
			break
		}
		off += i + len(s)
	}
	lines := sourceLines(page[:off])
	return layout.Pos{Line: len(lines), Col: len(lines[len(lines)-1]) + 1}
}

func TestMergedCellsGrid(t *testing.T) {
	page := `<html><body>
<table border="1">
<tr><td rowspan="2" colspan="2">A</td><td>B</td></tr>
<tr><td>C</td></tr>
<tr><th>D</th><td colspan="2"><p>E1</p><p>E2</p></td></tr>
<tr><td></td><td>F&amp;G</td><td rowspan="0">H</td></tr>
<tr><td>I</td><td>J</td></tr>
</table>
</body></html>`
	d := extract(t, page)
	type cell struct {
		text string
		dup  bool
		at   layout.Pos
	}
	a, e, h := at(t, page, "A", 0), at(t, page, "E1", 0), at(t, page, ">H<", 0)
	h.Col++
	want := [][]cell{
		{{"A", false, a}, {"A", true, a}, {"B", false, at(t, page, "B", 0)}},
		{{"A", true, a}, {"A", true, a}, {"C", false, at(t, page, "C", 0)}},
		{{"D", false, at(t, page, "D", 0)}, {"E1 E2", false, e}, {"E1 E2", true, e}},
		{{"", false, at(t, page, "<td></td>", 0)}, {"F&G", false, at(t, page, "F&amp;G", 0)}, {"H", false, h}},
		{{"I", false, at(t, page, "I", 0)}, {"J", false, at(t, page, "J", 0)}, {"H", true, h}},
	}
	got := rows(d)
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d: %v", len(got), len(want), texts(d))
	}
	for r, row := range want {
		if len(got[r].Cells) != len(row) {
			t.Errorf("row %d: %d cells, want %d", r, len(got[r].Cells), len(row))
			continue
		}
		for c, w := range row {
			g := got[r].Cells[c]
			if g.Text.String() != w.text || g.Dup != w.dup || g.At != w.at {
				t.Errorf("row %d cell %d = {%q dup=%v at %v}, want {%q dup=%v at %v}", r, c, g.Text.String(), g.Dup, g.At, w.text, w.dup, w.at)
			}
		}
	}
	if s := got[0].Text.String(); s != "A B" {
		t.Errorf("row 0 text = %q, want the cells that are not copies", s)
	}
}

func TestNestedTablesReadingOrder(t *testing.T) {
	page := `<table><tr><td>
<p>表格前的说明</p>
<table><tr><td>规章</td><td>0</td><td>1</td></tr></table>
<p>表格后的说明</p>
</td><td>右栏</td></tr></table>`
	d := extract(t, page)
	var got []string
	for _, l := range d.Lines {
		s := l.Text.String()
		if l.Row {
			s = "row:" + s
		}
		got = append(got, s)
	}
	want := []string{"表格前的说明", "row:规章 0 1", "表格后的说明", "右栏"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

func TestBlockAndInlineElements(t *testing.T) {
	page := "<div>一、总体情况<span>（续）</span></div><p>第一段\n  第二行<br>换行后&nbsp;&nbsp;文字</p><ul><li>甲<li>乙</ul><pre>  预排\n  文本</pre><script>var x = '<p>不是文字</p>';</script><p style=\"display: none\">隐藏</p><p hidden>也隐藏</p>"
	d := extract(t, page)
	want := []string{"一、总体情况（续）", "第一段 第二行", "换行后\u00a0\u00a0文字", "甲", "乙", "预排", "文本"}
	if got := texts(d); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines = %q, want %q", got, want)
	}
	nbsp := at(t, page, "&nbsp;", 1)
	var found bool
	for _, l := range d.Lines {
		l.Text.Each(func(_ int, r rune, p layout.Pos) {
			if r == '\u00a0' && p == nbsp {
				found = true
			}
		})
	}
	if !found {
		t.Errorf("the second NBSP does not stand at its entity (%v)", nbsp)
	}
}

// reportPage is a small 2021-template report whose table 二 and table 四
// are flattened into paragraphs, one cell per line, between site chrome
// that carries contact details of its own.
const reportPage = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>某某县民政局2023年政府信息公开工作年度报告_某某县人民政府</title></head>
<body>
<div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div class="main">
  <div class="info">发布时间：2024-01-31 09:00 来源：某某县民政局</div>
  <div class="content">
    <p>本报告由某某县民政局编制。如对本报告有任何疑问，请与本局办公室联系（地址：某某县人民路1号；邮编：123456；电话：0123-7654321）。</p>
    <p>一、总体情况</p>
    <p>2023年，本局主动公开政府信息120条。</p>
    <p>二、主动公开政府信息情况</p>
    <p>第二十条第（一）项</p>
    <p>信息内容</p><p>本年制发件数</p><p>本年废止件数</p><p>现行有效件数</p>
    <p>规章</p><p>0</p><p>0</p><p>0</p>
    <p>行政规范性文件</p><p>2</p><p>1</p><p>20</p>
    <p>第二十条第（五）项</p>
    <p>信息内容</p><p>本年处理决定数量</p>
    <p>行政许可</p><p>15</p>
    <p>第二十条第（六）项</p>
    <p>信息内容</p><p>本年处理决定数量</p>
    <p>行政处罚</p><p>7</p>
    <p>行政强制</p><p>0</p>
    <p>第二十条第（八）项</p>
    <p>信息内容</p><p>本年收费金额（单位：万元）</p>
    <p>行政事业性收费</p><p>12.5</p>
    <p>三、收到和处理政府信息公开申请情况</p>
    <p>本年度未收到政府信息公开申请。</p>
    <p>四、政府信息公开行政复议、行政诉讼情况</p>
    <p>行政复议</p><p>行政诉讼</p>
    <p>结果维持</p><p>结果纠正</p><p>其他结果</p><p>尚未审结</p><p>总计</p>
    <p>未经复议直接起诉</p><p>复议后起诉</p>
    <p>结果维持</p><p>结果纠正</p><p>其他结果</p><p>尚未审结</p><p>总计</p>
    <p>结果维持</p><p>结果纠正</p><p>其他结果</p><p>尚未审结</p><p>总计</p>
    <p>1</p><p>0</p><p>0</p><p>0</p><p>1</p>
    <p>0</p><p>0</p><p>0</p><p>0</p><p>0</p>
    <p>0</p><p>2</p><p>0</p><p>0</p><p>2</p>
    <p>五、存在的主要问题及改进情况</p>
    <p>公开内容不够全面，下一步将加以改进。</p>
    <p>六、其他需要报告的事项</p>
    <p>本年度未收取信息处理费。</p>
  </div>
  <div class="share">扫一扫在手机打开当前页 【打印本页】 【关闭窗口】</div>
  <div>上一篇：某某县民政局2022年政府信息公开工作年度报告</div>
</div>
<div class="footer">主办：某某县人民政府办公室 地址：某某县政府路99号 邮编：999999 电话：0123-1111111 电子邮箱：web@example.gov.cn</div>
</body></html>`

func TestFlattenedTablesAndChrome(t *testing.T) {
	d, doc := parsePage(t, "report.html", []byte(reportPage))
	checkPositions(t, d)
	src := sourceLines(d.Text)
	for _, l := range d.Lines {
		if l.Row {
			t.Errorf("row line %q in a page without tables", l.Text.String())
		}
		s := l.Text.String()
		for _, bad := range []string{"首页", "扫一扫", "上一篇", "主办", "打印"} {
			if strings.Contains(s, bad) {
				t.Errorf("line %q is page chrome", s)
			}
		}
	}
	// The article has no title line: the page <title>, cut at "_".
	if doc.Title == nil || doc.Title.Text != "某某县民政局2023年政府信息公开工作年度报告" {
		t.Errorf("title = %+v", doc.Title)
	}
	if doc.Year == nil || *doc.Year != 2023 || doc.Template != report.Template2021 {
		t.Errorf("year %v template %q, want 2023 2021", doc.Year, doc.Template)
	}
	if doc.Published != nil || doc.Source.PageDate == nil || doc.Source.PageDate.Date != "2024-01-31" {
		t.Errorf("published = %+v, page date %+v; want none and 2024-01-31 from 发布时间", doc.Published, doc.Source.PageDate)
	}
	c := doc.Contact
	if c == nil || len(c.Phones) != 1 || c.Phones[0].Value != "0123-7654321" || c.Postcode == nil || c.Postcode.Value != "123456" ||
		c.Address == nil || c.Address.Value != "某某县人民路1号" || len(c.Emails) != 0 {
		t.Errorf("contact = %+v, want only the article's address, postcode and phone", c)
	}

	active := doc.Tables.Active
	if active == nil {
		t.Fatal("table 二 not found")
	}
	want := map[string]map[string]float64{
		"regulations":         {"issued": 0, "repealed": 0, "in_force": 0},
		"normative_documents": {"issued": 2, "repealed": 1, "in_force": 20},
		"licensing":           {"decisions": 15},
		"punishment":          {"decisions": 7},
		"coercion":            {"decisions": 0},
		"administrative_fees": {"amount": 12.5},
	}
	checkRows(t, src, "二", active.Rows, want)
	review := doc.Tables.Review
	if review == nil {
		t.Fatal("table 四 not found")
	}
	checkReview(t, src, review, [3][5]float64{{1, 0, 0, 0, 1}, {0, 0, 0, 0, 0}, {0, 2, 0, 0, 2}})
	if n := len(doc.Sections); n != 6 {
		t.Errorf("%d sections, want 6", n)
	}
}

func TestTitleFromHeading(t *testing.T) {
	page := `<html><head><title>信息公开_某某市</title></head><body>
<h1 class="title">某某市交通运输局2024年度政府信息公开工作年度报告</h1>
<ul class="related"><li><a href="2023.htm">某某市交通运输局2023年度政府信息公开工作年度报告</a></li></ul>
<div class="art"><p>一、总体情况</p><p>本局认真贯彻落实条例。</p><p>二、主动公开政府信息情况</p><p>略。</p>
<p>某某市交通运输局</p><p>2025年1月20日</p></div></body></html>`
	d, doc := parsePage(t, "page.htm", []byte(page))
	checkPositions(t, d)
	if doc.Title == nil || doc.Title.Text != "某某市交通运输局2024年度政府信息公开工作年度报告" {
		t.Errorf("title = %+v", doc.Title)
	} else if want := at(t, page, "某某市交通运输局2024", 0); doc.Title.Loc.Line != want.Line || doc.Title.Loc.Column != want.Col {
		t.Errorf("title loc %+v, want at %v", doc.Title.Loc, want)
	}
	if doc.Published == nil || doc.Published.Date != "2025-01-20" {
		t.Errorf("published = %+v", doc.Published)
	}
	if doc.Issuer == nil || doc.Issuer.Name != "某某市交通运输局" {
		t.Errorf("issuer = %+v", doc.Issuer)
	}
}

func TestPagesWithoutReport(t *testing.T) {
	tests := []struct {
		name, page string
		lines      []string
	}{
		{"empty", "", nil},
		{"empty body", "<html><head><title></title></head><body></body></html>", nil},
		{"no report", `<html><head><title>首页</title></head><body class="page-header-fixed">
<div class="nav"><a href="/">首页</a></div>
<div class="main"><h2>通知公告</h2><p>关于开展春季植树活动的通知。</p></div>
<div class="footer">地址：某某路1号 电话：0123-1111111</div></body></html>`, []string{"通知公告", "关于开展春季植树活动的通知。"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, doc := parsePage(t, "page.html", []byte(tc.page))
			checkPositions(t, d)
			if got := texts(d); strings.Join(got, "|") != strings.Join(tc.lines, "|") {
				t.Errorf("lines = %q, want %q", got, tc.lines)
			}
			if len(doc.Sections) != 0 || doc.Tables.Active != nil || doc.Tables.Applications != nil || doc.Tables.Review != nil {
				t.Errorf("a report found in a page without one: %+v %+v", doc.Sections, doc.Tables)
			}
			if doc.Contact != nil {
				t.Errorf("the site's footer gave the contact %+v", doc.Contact)
			}
			if len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0].Message, "no report found") {
				t.Errorf("notes = %+v, want one saying no report was found", doc.Notes)
			}
		})
	}
}

func TestTextFileHoldingHTML(t *testing.T) {
	d, doc := parsePage(t, "report.txt", []byte(reportPage))
	if d.Format != report.FormatHTML || doc.Source.Format != report.FormatHTML {
		t.Fatalf("format %q, want html", d.Format)
	}
	if doc.Title == nil || len(doc.Sections) != 6 || doc.Tables.Active == nil {
		t.Errorf("the .txt page was not read as the report: title %+v, %d sections", doc.Title, len(doc.Sections))
	}
}

func TestDeclaredAndDetectedCharsets(t *testing.T) {
	gbk := gbkCopy(t, []byte(`<html><head><meta charset="utf-8"></head><body><p>一、总体情况</p></body></html>`), `charset=GB2312`)
	utf8Page := []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>一、总体情况</p></body></html>`)
	// A content attribute in GBK with the word "charset" after Chinese
	// text: lowering it lengthens it, so the word is found further on in a
	// lowered copy than in the attribute.
	described := gbkCopy(t, []byte(`<html><head><meta name="description" content="政府信息公开年度报告charset"><meta charset="utf-8"></head><body><p>一、总体情况</p></body></html>`), `charset=GB2312`)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"gb2312 declared", gbk, "gbk"},
		{"gb2312 declared after Chinese text in another meta", described, "gbk"},
		{"utf-8 with a stale gb2312 declaration", utf8Page, "utf-8"},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, utf8Page...), "utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := htmldoc.Extract(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != tc.want {
				t.Errorf("encoding = %q, want %q", d.Encoding, tc.want)
			}
			if got := texts(d); len(got) != 1 || got[0] != "一、总体情况" {
				t.Errorf("lines = %q", got)
			}
			checkPositions(t, d)
		})
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		is     error
		reason string
	}{
		{"binary", []byte("<html>\x00\x01\x02\x03\xff\xfe\x00\x00\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19"), htmldoc.ErrNotText, "not an HTML text file"},
		{"not in the declared charset", []byte("<html><head><meta charset=gbk></head><body><p>" + strings.Repeat("\xff", 50)), htmldoc.ErrNotText, "not an HTML text file"},
		{"too many elements", []byte("<html>" + strings.Repeat("<b>x</b>", 600_000)), htmldoc.ErrTooComplex, "HTML too complex"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parser.Parse("page.html", tc.data)
			var ie *parser.InputError
			if !errors.As(err, &ie) || !errors.Is(err, tc.is) || !strings.Contains(ie.Reason, tc.reason) || ie.Format != report.FormatHTML {
				t.Errorf("error = %v, want an input error saying %q", err, tc.reason)
			}
		})
	}
}

func TestDeepNesting(t *testing.T) {
	const n = 100_000
	body := "<p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p>"
	tests := []struct {
		name, page string
	}{
		{"div", strings.Repeat("<div>", n) + body + strings.Repeat("</div>", n)},
		{"unclosed div", strings.Repeat("<div>", n) + body},
		{"span", strings.Repeat("<span>", n) + body + strings.Repeat("</span>", n)},
		{"table", strings.Repeat("<table><tr><td>", n) + body + strings.Repeat("</td></tr></table>", n)},
		{"script", strings.Repeat("<div><script>x</script>", n) + body},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(t, tc.page)
			got := texts(d)
			if strings.Join(got, "|") != "一、总体情况|正文。|二、主动公开政府信息情况" {
				t.Errorf("lines = %q", clip(strings.Join(got, "|")))
			}
			if len(d.Notes) == 0 || !strings.Contains(d.Notes[len(d.Notes)-1].Message, "nested more than") {
				t.Errorf("notes = %+v, want one on the nesting", d.Notes)
			}
		})
	}
}

func TestHugeSpans(t *testing.T) {
	page := "<table>" + strings.Repeat(`<tr><td rowspan="65534" colspan="1000">x</td><td>1</td></tr>`, 50) + "</table>"
	d := extract(t, page)
	cells := 0
	for _, l := range rows(d) {
		cells += len(l.Cells)
	}
	if cells > 250_000 {
		t.Errorf("%d cells from 100 written", cells)
	}
	if len(d.Notes) == 0 || !strings.Contains(d.Notes[len(d.Notes)-1].Message, "not expanded") {
		t.Errorf("notes = %+v", d.Notes)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte(reportPage))
	f.Add([]byte("<table><tr><td rowspan=3 colspan=2>&amp<td>&#x4e2d;&notit;<tr><td>"))
	f.Add([]byte("<p>a\r\nb\rc</p><pre>\r\n x</pre><title>t_u</title>"))
	f.Add([]byte("<div><script/><p>x</div></p></td></tr></table></li>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := htmldoc.Extract(data)
		if err != nil {
			return
		}
		lines := sourceLines(d.Text)
		for _, l := range d.Lines {
			l.Text.Each(func(_ int, r rune, p layout.Pos) {
				// White space may stand at the end of a line: its line break.
				if runeAt(lines, p) < 0 && (p.Line < 1 || p.Line > len(lines) || p.Col != len(lines[p.Line-1])+1) {
					t.Fatalf("%q stands at %v, outside the source", r, p)
				}
			})
		}
	})
}

func TestDateAndTitleAtTheTopOfTheArticle(t *testing.T) {
	page := `<div class="main"><div class="art">
<p>发布时间：2024-02-01 10:00 来源：某某镇人民政府</p>
<p><b>某某镇人民政府</b></p><p><b>2023年政府信息公开工作年度报告</b></p>
<p>一、总体情况</p><p>本镇认真贯彻落实条例。</p>
<p>二、主动公开政府信息情况</p><p>略。</p>
</div></div><div class="footer">版权所有 2003-2024</div>`
	d, doc := parsePage(t, "page.html", []byte(page))
	checkPositions(t, d)
	if got := d.Lines[0].Text.String(); got != "某某镇人民政府2023年政府信息公开工作年度报告" {
		t.Errorf("first line = %q, want the title", got)
	}
	for _, l := range d.Lines {
		if strings.Contains(l.Text.String(), "发布时间") {
			t.Errorf("line %q: the page's date line is no line of the report", l.Text)
		}
	}
	if doc.Published != nil || doc.Source.PageDate == nil || doc.Source.PageDate.Date != "2024-02-01" {
		t.Errorf("published = %+v, page date %+v; want none and 2024-02-01", doc.Published, doc.Source.PageDate)
	}
	if doc.Issuer == nil || doc.Issuer.Name != "某某镇人民政府" || doc.Issuer.Kind != report.KindTownship {
		t.Errorf("issuer = %+v", doc.Issuer)
	}
	ts := texts(d)
	for _, l := range ts[1 : len(ts)-1] {
		if strings.Contains(l, "发布时间") {
			t.Errorf("the date line %q is still at the top", l)
		}
	}
}
