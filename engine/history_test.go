package engine_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// series makes seed 000 (昌吉州发改委, 2024) into an earlier year's
// report: its years put back by one, with edits (old → new) to its lines.
func series(t *testing.T, year string, edits ...string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "000_55d435d651c286e9.txt"))
	if err != nil {
		t.Fatal(err)
	}
	y, err := strconv.Atoi(year)
	if err != nil {
		t.Fatal(err)
	}
	// The report's year, then the year it was published in.
	s := strings.ReplaceAll(string(data), "2024", year)
	s = strings.ReplaceAll(s, "2025", strconv.Itoa(y+1))
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("no %q in the seed", edits[i])
		}
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	return []byte(s)
}

func memSource(path string, data []byte) engine.Source {
	return engine.Source{Path: path, Read: func() ([]byte, error) { return data, nil }}
}

// history lints this year's report beside last year's and returns the
// history/* findings as "rule line:column message".
func historyFindings(t *testing.T, this, last []byte) []string {
	t.Helper()
	e := newEngine(t, engine.Options{})
	prev := memSource("2023.txt", last)
	src := memSource("2024.txt", this)
	src.Previous = &prev
	res, err := e.LintAll(context.Background(), []engine.Source{src}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Previous != "2023.txt" {
		t.Errorf("Previous = %q", res[0].Previous)
	}
	var out []string
	for _, d := range res[0].Diagnostics {
		if strings.HasPrefix(d.Rule, "history/") {
			out = append(out, d.Rule+" "+strconv.Itoa(d.Location.Line)+":"+strconv.Itoa(d.Location.Column)+" "+string(d.Severity)+" "+d.Message)
			for _, r := range d.Related {
				out = append(out, "  related "+r.Path+" "+strconv.Itoa(r.Location.Line)+":"+strconv.Itoa(r.Location.Column)+" "+r.Message)
			}
		}
	}
	return out
}

const rewritten = "五、存在的主要问题及改进情况\n本年度的主要问题是依申请公开答复格式不统一，个别栏目更新不及时。下一步将制定答复模板，建立栏目更新台账，每月通报一次。\n"

func TestHistoryRules(t *testing.T) {
	this := series(t, "2024")
	tests := []struct {
		name string
		last []byte
		want []string
	}{
		{"carry-over differs, section 五 and 一 copied",
			series(t, "2023", "四、结转下年度继续办理 | 0 |", "四、结转下年度继续办理 | 2 |", "规范性文件 | 5 | 0 | 16 |", "规范性文件 | 3 | 0 | 11 |"),
			[]string{
				"history/copied-text 3:1 info “一、总体情况”与上一年度报告（2023.txt）的同一章节100%相同，应写明本年度的工作情况",
				"history/carry-over 29:20 error 上年结转（0）与上一年度报告（2023.txt）“四、结转下年度继续办理”的2不一致（自然人列）",
				"  related 2023.txt 52:15 上一年度报告“四、结转下年度继续办理”（自然人列）：2",
				"history/copied-text 58:1 warning “五、存在的主要问题及改进情况”与上一年度报告（2023.txt）的同一章节100%相同，上一年度提出的问题和改进措施应有本年度的进展",
			}},
		{"in force does not follow; section 五 rewritten, 一 too",
			series(t, "2023", "规范性文件 | 5 | 0 | 16 |", "规范性文件 | 2 | 1 | 14 |", "五、存在的主要问题及改进情况\n", rewritten+"旧的：", "(一)主动公开情况。", "(一)主动公开情况。上一年度我们做了很多别的事情，与今年完全不同，这里写的是另外一套内容，专门用来把第一部分改写得面目全非，让两年的文字没有多少相同之处。"+strings.Repeat("另起一段完全不同的文字。", 60)),
			[]string{
				"history/in-force 13:17 warning “行政规范性文件”现行有效件数为16，而上一年度报告的现行有效件数14加本年制发5、减本年废止0应为19；如有文件因有效期届满自然失效，应在报告中说明",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := historyFindings(t, this, tt.last)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestPair pairs reports of the same issuer in consecutive years, in any
// order, and no others: not a similar name, not an ambiguous year.
func TestPair(t *testing.T) {
	ids := []engine.Identity{
		{Issuer: "甲县人民政府", Year: 2023}, // 0
		{Issuer: "乙局", Year: 2022},     // 1
		{Issuer: "甲县人民政府", Year: 2021}, // 2
		{Issuer: "甲县人民政府", Year: 2022}, // 3
		{Issuer: "乙局", Year: 2023},     // 4
		{Issuer: "甲县政府", Year: 2022},   // 5: another name
		{Issuer: "丙局", Year: 2023},     // 6
		{Issuer: "丙局", Year: 2022},     // 7 and 8: two 2022 reports of 丙局
		{Issuer: "丙局", Year: 2022},
		{Issuer: "", Year: 2022},
	}
	want := []int{3, -1, -1, 2, 1, -1, -1, -1, -1, -1}
	if got := engine.Pair(ids); !slices.Equal(got, want) {
		t.Errorf("Pair = %v, want %v", got, want)
	}
	if a, b := engine.NormalizeIssuer("平潭综合实验区 自然资源与生态环境局"), engine.NormalizeIssuer("平潭综合实验区自然资源与生态环境局"); a != b {
		t.Errorf("white space: %q, %q", a, b)
	}
	if a, b := engine.NormalizeIssuer("ＡＢ区政府"), engine.NormalizeIssuer("AB区政府"); a != b {
		t.Errorf("full width: %q, %q", a, b)
	}
}
