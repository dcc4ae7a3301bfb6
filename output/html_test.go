package output

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHTML(t *testing.T) {
	var b bytes.Buffer
	if err := (HTML{}).Format(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	// Count the rows of the diagnostics tables and find the links.
	var rows, links int
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			for _, a := range n.Attr {
				if a.Key == "href" && strings.HasPrefix(a.Val, docs) {
					links++
				}
			}
		}
		if n.Type == html.ElementNode && n.Data == "tr" {
			rows++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// 1 header + 3 files, then 1 header + 3 and 1 header + 1 diagnostics.
	if rows != 4+4+2 || links != 4 {
		t.Errorf("rows = %d, rule links = %d; want 10 and 4", rows, links)
	}
	for _, want := range []string{
		"比例 50% 不符: 甲, 乙\n第二行", // message text kept
		"reports/a, b:c.txt",   // path
		`<td class="n">2</td>`, // two errors in one file
		"文件 3 · ",              // summary
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(out, "<script") {
		t.Error("page has a script")
	}
}

func TestHTMLEscapes(t *testing.T) {
	r := fixture()
	r.Files[1].Diagnostics[0].Message = `<img src=x onerror="alert(1)">`
	var b bytes.Buffer
	if err := (HTML{}).Format(&b, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<img") || !strings.Contains(b.String(), "&lt;img") {
		t.Error("a message was not escaped")
	}
}
