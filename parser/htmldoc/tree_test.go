package htmldoc

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser/layout"
)

func TestTreeBounds(t *testing.T) {
	const n = 100_000
	tests := []struct {
		name, page string
	}{
		{"div", strings.Repeat("<div>", n) + "x" + strings.Repeat("</div>", n)},
		{"table", strings.Repeat("<table><tr><td>", n) + "x"},
		{"li", strings.Repeat("<ul><li>", n) + "x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := buildTree(tc.page)
			if err != nil {
				t.Fatal(err)
			}
			depth := 0
			for i := range tr.nodes {
				d := 0
				for p := tr.nodes[i].parent; p >= 0; p = tr.nodes[p].parent {
					d++
				}
				depth = max(depth, d)
			}
			if depth > maxDepth {
				t.Errorf("tree %d deep, the bound is %d", depth, maxDepth)
			}
			if len(tr.nodes) > 4*maxDepth {
				t.Errorf("%d nodes for %d elements nested %d deep", len(tr.nodes), n, n)
			}
			if tr.flattened == 0 {
				t.Error("no element counted as read flat")
			}
		})
	}
}

func TestLineBreaks(t *testing.T) {
	tests := []struct {
		name, page string
		lines      int
	}{
		{"LF", "<p>甲</p>\n<p>乙</p>\n<p>丙</p>\n", 3},
		{"CRLF", "<p>甲</p>\r\n<p>乙</p>\r\n<p>丙</p>", 3},
		{"CR", "<p>甲</p>\r<p>乙</p>\r<p>丙</p>\r", 3},
		{"mixed", "<p>甲</p>\r\n<p>乙</p>\r<p>丙</p>", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Extract([]byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if d.NumLines != tc.lines {
				t.Errorf("NumLines = %d, want %d", d.NumLines, tc.lines)
			}
			if len(d.Lines) != 3 {
				t.Fatalf("%d lines, want 3", len(d.Lines))
			}
			for k, l := range d.Lines {
				if want := (layout.Pos{Line: k + 1, Col: 4}); l.Text.Start() != want {
					t.Errorf("line %q starts at %v, want %v", l.Text.String(), l.Text.Start(), want)
				}
			}
		})
	}
}

func TestSpanValue(t *testing.T) {
	// Browsers read leading digits, 1 without any; a rowspan of 0 spans to
	// the end of the table, a colspan of 0 is 1; rowspan stops at 65534,
	// colspan at 1000.
	tests := []struct {
		val              string
		rowspan, colspan int32
	}{
		{"3", 3, 3},
		{" 2x", 2, 2},
		{"", 1, 1},
		{"-1", 1, 1},
		{"0", 0, 1},
		{"99999", 65534, 1000},
		{"1234567890123", 65534, 1000},
	}
	for _, tc := range tests {
		var n node
		n.attr("rowspan", []byte(tc.val))
		n.attr("colspan", []byte(tc.val))
		if n.rowspan != tc.rowspan || n.colspan != tc.colspan {
			t.Errorf("%q: rowspan %d colspan %d, want %d %d", tc.val, n.rowspan, n.colspan, tc.rowspan, tc.colspan)
		}
	}
}
