package output_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/output"
)

// reviewPage lints files with their documents kept and writes the review
// page.
func reviewPage(t *testing.T, lang string, paths ...string) (*output.Result, *html.Node, string) {
	t.Helper()
	e, err := engine.New(context.Background(), engine.Options{Lang: lang, KeepDocuments: true})
	if err != nil {
		t.Fatal(err)
	}
	res := &output.Result{Version: "test", Lang: lang, Rules: e.Rules()}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := e.LintBytes(context.Background(), p, data)
		if err != nil {
			t.Fatal(err)
		}
		res.Files = append(res.Files, f)
	}
	var b bytes.Buffer
	if err := (output.HTML{}).Format(&b, res); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return res, doc, b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, c string) bool {
	return n.Type == html.ElementNode && strings.Contains(" "+attr(n, "class")+" ", " "+c+" ")
}

// nodes returns the elements under n (template contents included) for
// which keep holds.
func nodes(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

var (
	seed000 = filepath.Join("..", "testdata", "seeds", "000_55d435d651c286e9.txt")
	seed003 = filepath.Join("..", "testdata", "seeds", "003_894c8dbdb6e23194.txt")
	zrz     = filepath.Join("..", "testdata", "html", "pingtan", "pt-zrz-2021.html")
	hongze  = filepath.Join("..", "testdata", "pdf", "hongze-gov-2023.pdf")
)

// TestReviewMarks checks that every diagnostic of every report has
// exactly one mark, that its list entry links to it, and that the mark is
// where the diagnostic points: a table cell for a table's arithmetic, a
// placeholder for something missing.
func TestReviewMarks(t *testing.T) {
	res, doc, _ := reviewPage(t, "zh", zrz, seed003, hongze, seed000)
	files := res.SortedFiles()
	for i, f := range files {
		n := i + 1
		for k, d := range f.Diagnostics {
			id := "m-" + strconv.Itoa(n) + "-" + strconv.Itoa(k+1)
			marks := nodes(doc, func(e *html.Node) bool { return attr(e, "id") == id })
			if len(marks) != 1 {
				t.Errorf("%s: %s %s has %d marks", f.Path, d.Rule, d.Message, len(marks))
				continue
			}
			m := marks[0]
			if !hasClass(m, "mark") || !hasClass(m, "sev-"+string(d.Severity)) || attr(m, "tabindex") != "0" {
				t.Errorf("%s: mark of %s: class %q tabindex %q", f.Path, d.Rule, attr(m, "class"), attr(m, "tabindex"))
			}
			tips := nodes(m, func(e *html.Node) bool { return hasClass(e, "tip") })
			if len(tips) == 0 || !strings.Contains(text(tips[0]), d.Message) || !strings.Contains(text(tips[0]), d.Title) {
				t.Errorf("%s: mark of %s has no tip with its message and title", f.Path, d.Rule)
			}
			links := nodes(doc, func(e *html.Node) bool { return attr(e, "href") == "#"+id && hasClass(e, "goto") })
			if len(links) != 1 {
				t.Errorf("%s: %d list entries link to %s", f.Path, len(links), id)
			}
			switch {
			case strings.HasPrefix(d.Rule, "arithmetic/") && m.Data != "td" && !hasClass(m, "badge"):
				t.Errorf("%s: %s is marked on <%s class=%q>, want a table cell", f.Path, d.Rule, m.Data, attr(m, "class"))
			case strings.HasSuffix(d.Rule, "-missing") && !hasClass(m, "placeholder"):
				t.Errorf("%s: %s is marked on <%s>, want a placeholder", f.Path, d.Rule, m.Data)
			}
		}
	}
	// 003 has no 一、总体情况: its placeholder stands before 二, the first
	// section it has.
	secs := nodes(doc, func(e *html.Node) bool { return hasClass(e, "sec") && attr(e, "data-key") == "active_disclosure" })
	found := false
	for _, s := range secs {
		for p := s.PrevSibling; p != nil; p = p.PrevSibling {
			if hasClass(p, "placeholder") && strings.Contains(text(p), "总体情况") {
				found = true
			}
		}
	}
	if !found {
		t.Error("no placeholder for 003's missing 一、总体情况 before its 二、主动公开政府信息情况")
	}
}

// TestReviewCellsAndWords checks the tables drawn with the template's
// labels and the values read, and the page's language.
func TestReviewCellsAndWords(t *testing.T) {
	_, doc, page := reviewPage(t, "zh", zrz)
	// zrz's table 三, （七）总计 of 自然人 reads 18 and is marked.
	cells := nodes(doc, func(e *html.Node) bool { return hasClass(e, "cell") && hasClass(e, "mark") })
	if len(cells) != 2 || !strings.HasPrefix(strings.TrimSpace(text(cells[0])), "18") {
		t.Errorf("%d marked cells, first %q; want the two （七）总计 cells, 18 first", len(cells), text(cells[0]))
	}
	for _, w := range []string{"表三 收到和处理政府信息公开申请情况", "社会公益组织", "结转下年度继续办理", "表四", "复议后起诉", "一、总体情况", `lang="zh-CN"`, "错误", output.GeneratorMeta} {
		if !strings.Contains(page, w) {
			t.Errorf("page lacks %q", w)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") || strings.Contains(page, " src=") {
		t.Error("the page loads something from elsewhere")
	}
	_, _, en := reviewPage(t, "en", zrz)
	for _, w := range []string{`lang="en"`, "Table 3: applications", "natural persons", ">error<", "Findings"} {
		if !strings.Contains(en, w) {
			t.Errorf("English page lacks %q", w)
		}
	}
	for _, w := range []string{"> arithmetic<", ">arithmetic<", "> fees<"} {
		if strings.Contains(page, w) {
			t.Errorf("Chinese page shows the category %q in English", w)
		}
	}
	if !strings.Contains(page, "> 表格数字</label>") || !strings.Contains(en, "> table arithmetic</label>") {
		t.Error("the category filters are not worded in the page's language")
	}
	for _, w := range []string{"错误", "提示", "返回"} {
		if strings.Contains(en, w) {
			t.Errorf("English page has %q", w)
		}
	}
}

func TestReviewEscapes(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	evil := bytes.Replace(data, []byte("昌吉州"), []byte(`<img src=x onerror="alert(1)">昌吉州`), 1)
	p := filepath.Join(dir, "<b>r<i>.txt")
	if err := os.WriteFile(p, evil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, page := reviewPage(t, "zh", p)
	if strings.Contains(page, "<img") || strings.Contains(page, "<b>r<i>") || !strings.Contains(page, "&lt;img") {
		t.Error("text of the report or its path was not escaped")
	}
}

// TestReviewWithoutDocuments draws a file without a document (a run that
// did not keep them, a file that is no report): its diagnostics become
// placeholders, one each.
func TestReviewWithoutDocuments(t *testing.T) {
	res := &output.Result{Lang: "zh", Files: []engine.FileResult{{Path: "x.pdf", Error: "坏了", Diagnostics: []engine.Diagnostic{
		{Rule: "parse/unrecognized", Severity: engine.SeverityError, Message: "无法读取"},
	}}}}
	var b bytes.Buffer
	if err := (output.HTML{}).Format(&b, res); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	ph := nodes(doc, func(e *html.Node) bool { return hasClass(e, "placeholder") })
	if len(ph) != 1 || attr(ph[0], "id") != "m-1-1" || !strings.Contains(text(doc), "未能完成检查：坏了") {
		t.Errorf("%d placeholders; page:\n%s", len(ph), text(doc))
	}
}

// TestReviewLastYear: a carry-over cell that differs from last year's
// shows last year's value beside its own.
func TestReviewLastYear(t *testing.T) {
	data, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	last := bytes.ReplaceAll(data, []byte("2024"), []byte("2023"))
	last = bytes.Replace(last, []byte("四、结转下年度继续办理 | 0 |"), []byte("四、结转下年度继续办理 | 2 |"), 1)
	e, err := engine.New(context.Background(), engine.Options{KeepDocuments: true})
	if err != nil {
		t.Fatal(err)
	}
	prev := engine.Source{Path: "2023.txt", Read: func() ([]byte, error) { return last, nil }}
	src := engine.Source{Path: "2024.txt", Read: func() ([]byte, error) { return data, nil }, Previous: &prev}
	files, err := e.LintAll(context.Background(), []engine.Source{src}, 1)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := (output.HTML{}).Format(&b, &output.Result{Lang: "zh", Files: files}); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	// Two marked cells: the carry-over (error) and 现行有效 (16, not
	// 16 + 5 − 0, a warning); only the first relates to last year's.
	var shown []string
	for _, c := range nodes(doc, func(e *html.Node) bool { return hasClass(e, "cell") && hasClass(e, "mark") }) {
		for _, l := range nodes(c, func(e *html.Node) bool { return hasClass(e, "last") }) {
			shown = append(shown, attr(c, "data-severity")+" "+text(l))
		}
	}
	if len(shown) != 1 || shown[0] != "error 上年 2" {
		t.Errorf("last year's values shown: %q, want the carry-over cell's 2", shown)
	}
}
