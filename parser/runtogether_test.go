package parser

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/layout"
)

// pieces cuts line as splitRunTogether does and returns the pieces' text.
func pieces(line string) []string {
	var out []string
	for _, l := range splitRunTogether([]layout.Line{{Text: layout.NewText(line, 1, 1)}}) {
		out = append(out, strings.TrimSpace(l.Text.String()))
	}
	return out
}

var filler = strings.Repeat("我局认真落实条例要求，扎实推进政务公开工作", 6) + "。"

func TestSplitRunTogether(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string // pieces that must stand alone, in order
		not  []string // pieces that must not stand alone
	}{
		{
			name: "headings in mid-line, also after a Han character",
			line: filler + "一、总体情况2024年，" + filler + "加以宣传二、主动公开政府信息情况第二十条第（一）项信息内容",
			want: []string{"一、总体情况", "2024年，" + filler, "加以宣传", "二、主动公开政府信息情况", "第二十条第（一）项信息内容"},
		},
		{
			name: "a heading with a typo",
			line: filler + "三、收到和处理政府信息公开申请情况" + filler + "四、政府信息公开行政法复议、行政诉讼情况行政复议行政诉讼结果维持",
			want: []string{"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政法复议、行政诉讼情况", "行政复议行政诉讼结果维持"},
		},
		{
			name: "subsections after a sentence, signature and date at the end",
			line: filler + "五、存在的主要问题及改进情况（一）存在问题。" + filler + "六、其他需要报告的事项无 平潭综合实验区自然资源与生态环境局2022年1月10日",
			want: []string{"五、存在的主要问题及改进情况", "（一）存在问题。", "六、其他需要报告的事项", "无", "平潭综合实验区自然资源与生态环境局2022年1月10日"},
		},
		{
			name: "what Word leaves after the date",
			line: filler + "一、总体情况" + filler + "平潭综合实验区君山片区管理局 2022年1月7日 Normal 0 7.8 磅 0 2 false /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格;} 附件下载",
			want: []string{"平潭综合实验区君山片区管理局 2022年1月7日", "Normal 0 7.8 磅 0 2 false /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格;}", "附件下载"},
		},
		{
			name: "the numbers must increase: a stray match is no heading",
			line: filler + "一、总体情况" + filler + "二、主动公开政府信息情况" + filler + "一、总体情况良好" + filler,
			want: []string{"一、总体情况", "二、主动公开政府信息情况"},
			not:  []string{"一、总体情况良好"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pieces(tt.line)
			k := 0
			for _, p := range got {
				if k < len(tt.want) && p == tt.want[k] {
					k++
				}
				for _, n := range tt.not {
					if p == n {
						t.Errorf("piece %q stands alone", p)
					}
				}
			}
			if k < len(tt.want) {
				t.Errorf("missing piece %q in %q", tt.want[k], got)
			}
			if strings.Join(got, "") != strings.ReplaceAll(strings.Join(strings.Fields(tt.line), " "), " ", "") &&
				strings.ReplaceAll(strings.Join(got, ""), " ", "") != strings.ReplaceAll(tt.line, " ", "") {
				t.Errorf("pieces do not add up to the line")
			}
		})
	}
}

func TestSplitRunTogetherLeavesParagraphs(t *testing.T) {
	// A long paragraph without a section heading after its start is no
	// article run together.
	for _, line := range []string{
		filler + filler + "二是主动公开情况良好，三是依申请公开。",
		"一、总体情况" + filler + filler,
		strings.Repeat("规章 | 0 | 0 | 0 |", 20),
	} {
		if got := pieces(line); len(got) != 1 {
			t.Errorf("%.20q… cut into %d pieces", line, len(got))
		}
	}
}

func TestSplitRunTogetherKeepsPositions(t *testing.T) {
	line := filler + "一、总体情况" + filler + "二、主动公开政府信息情况第二十条"
	from := 0
	for _, l := range splitRunTogether([]layout.Line{{Text: layout.NewText(line, 7, 1)}}) {
		s := l.Text.String()
		p := l.Text.Start()
		k := from + strings.Index(line[from:], s)
		from = k + len(s)
		want := utf8.RuneCountInString(line[:k]) + 1
		if p.Line != 7 || p.Col != want {
			t.Errorf("piece %.12q at %d:%d, want 7:%d", s, p.Line, p.Col, want)
		}
	}
}

// BenchmarkSplitRunTogether measures the splitter on a hostile line: 2 MB
// of headings, sentences, style definitions and white space run together.
func BenchmarkSplitRunTogether(b *testing.B) {
	unit := "一、总体情况 mso-a:1; Normal 0 7.8 磅 }" + filler + "（一）二、主动公开政府信息情况 2024年1月1日 "
	line := strings.Repeat(unit, (2<<20)/len(unit))
	lines := []layout.Line{{Text: layout.NewText(line, 1, 1)}}
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		splitRunTogether(lines)
	}
}

func TestFindOfficeJunk(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want string // the match, "" for none
	}{
		{"文字Normal模式下Normal07.8磅02false", "Normal07.8磅"},
		{"a/*b*/ then /* Style Definitions */", "/* Style Definitions */"},
		{"{mso-style-name:普通表格;}", "mso-"},
		{"Normal people, no styles", ""},
	} {
		m := findOfficeJunk(tt.s)
		got := ""
		if m != nil {
			got = tt.s[m[0]:m[1]]
		}
		if got != tt.want {
			t.Errorf("findOfficeJunk(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
