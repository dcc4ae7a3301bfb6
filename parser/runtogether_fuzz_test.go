package parser

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser/layout"
)

// FuzzSplitRunTogether checks the one-line splitter: it never panics, and
// its pieces are the line itself, in order, cut only (white space between
// pieces may be dropped).
func FuzzSplitRunTogether(f *testing.F) {
	f.Add(filler + "一、总体情况2024年，" + filler + "二、主动公开政府信息情况第二十条")
	f.Add(filler + "四、政府信息公开行政法复议、行政诉讼情况 平潭综合实验区 2022年1月7日 Normal 0 7.8 磅 {mso-x:1;}")
	f.Add(strings.Repeat("一、总体情况", 60))
	f.Fuzz(func(t *testing.T, line string) {
		got := splitRunTogether([]layout.Line{{Text: layout.NewText(line, 1, 1)}})
		rest := line
		for _, l := range got {
			s := l.Text.String()
			k := strings.Index(rest, s)
			if k < 0 || strings.TrimSpace(rest[:k]) != "" {
				t.Fatalf("piece %q is not the next part of the line", s)
			}
			rest = rest[k+len(s):]
		}
		if strings.TrimSpace(rest) != "" {
			t.Fatalf("the line's end %q was lost", rest)
		}
	})
}
