package output

import (
	"bufio"
	"fmt"
	"io"

	"github.com/nianbao/nianbao/score"
)

// Text writes one line per diagnostic, sorted by file and position, then a
// summary line:
//
//	report.txt:44:37: error: 第一项加第二项之和（7）不等于第三项加第四项之和（8）（自然人列） [arithmetic/application-balance]
type Text struct{}

// Format implements Formatter.
func (Text) Format(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.SortedFiles() {
		if f.Failed() {
			fmt.Fprintf(bw, "%s: error: %s\n", f.Path, failedMessage(r.Lang, f))
		}
		for _, d := range f.Diagnostics {
			fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", f.Path, d.Location.Line, d.Location.Column, d.Severity, withPlace(r.Lang, d.Message, d.Location), d.Rule)
		}
	}
	if r.Scheme != nil {
		for _, f := range r.SortedFiles() {
			sc := r.Scheme.Score(f.Diagnostics)
			if r.Lang == "en" {
				fmt.Fprintf(bw, "%s: score %s of %s (%s)\n", f.Path, score.Format(sc.Score), score.Format(sc.Total), r.Scheme.Name)
			} else {
				fmt.Fprintf(bw, "%s：得分 %s（满分 %s，%s）\n", f.Path, score.Format(sc.Score), score.Format(sc.Total), r.Scheme.Name)
			}
		}
	}
	if r.Verbose {
		for _, f := range r.SortedFiles() {
			if f.Previous == "" {
				continue
			}
			if r.Lang == "en" {
				fmt.Fprintf(bw, "%s: read beside last year's report %s\n", f.Path, f.Previous)
			} else {
				fmt.Fprintf(bw, "%s：与上一年度报告 %s 对照检查\n", f.Path, f.Previous)
			}
		}
		for _, p := range r.Skipped {
			if r.Lang == "en" {
				fmt.Fprintf(bw, "%s: skipped: no annual report\n", p)
			} else {
				fmt.Fprintf(bw, "%s：已跳过，不是年度报告\n", p)
			}
		}
		if r.Baseline != nil {
			for _, e := range r.Baseline.Fixed {
				if r.Lang == "en" {
					fmt.Fprintf(bw, "%s: fixed: in the baseline, no longer found: %s: %s [%s]\n", e.Path, e.Place, e.Message, e.Rule)
				} else {
					fmt.Fprintf(bw, "%s：已修复：基线中的问题不再出现：%s：%s [%s]\n", e.Path, e.Place, e.Message, e.Rule)
				}
			}
		}
	}
	if r.Quiet {
		return bw.Flush()
	}
	fmt.Fprintln(bw, countsLine(r.Lang, r.Summary()))
	return bw.Flush()
}

// countsLine is the summary of a run: files checked, diagnostics by
// severity, the findings a baseline left out, and the files that failed
// or were skipped.
func countsLine(lang string, s Summary) string {
	if lang == "en" {
		return fmt.Sprintf("%d %s checked: %d %s, %d %s, %d %s%s%s",
			s.Files, plural(s.Files, "file", "files"), s.Errors, plural(s.Errors, "error", "errors"),
			s.Warnings, plural(s.Warnings, "warning", "warnings"), s.Infos, plural(s.Infos, "info", "infos"),
			baselinedSuffix(lang, s), failedSuffix(lang, s))
	}
	return fmt.Sprintf("共检查 %d 个文件：%d 个错误，%d 个警告，%d 个提示%s%s", s.Files, s.Errors, s.Warnings, s.Infos, baselinedSuffix(lang, s), failedSuffix(lang, s))
}

// baselinedSuffix says how many findings the baseline left out, if any.
func baselinedSuffix(lang string, s Summary) string {
	switch {
	case s.Baselined == 0:
		return ""
	case lang == "en":
		return fmt.Sprintf(", and %d %s recorded in the baseline not listed", s.Baselined, plural(s.Baselined, "finding", "findings"))
	}
	return fmt.Sprintf("，另有 %d 个已记录在基线中的问题未列出", s.Baselined)
}

// plural picks the English word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
