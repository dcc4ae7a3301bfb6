// Package vocab holds the words of the national report format that more
// than one stage of reading needs: how the six section headings and the
// title are written. The recogniser reads a report by them, and the HTML
// extractor finds the article among a web page's navigation by them.
package vocab

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/report"
)

// sections are recognised by words of their headings.
var sections = []struct {
	key     string
	words   []string
	exclude []string
}{
	{report.SectionOverview, []string{"总体情况", "概述", "基本情况"}, nil},
	{report.SectionActiveDisclosure, []string{"主动公开"}, []string{"申请"}},
	{report.SectionApplications, []string{"收到和处理", "处理政府信息公开申请", "依申请公开情况", "依申请公开政府信息情况"}, []string{"数量"}},
	{report.SectionReviewLitigation, []string{"行政复议"}, nil},
	{report.SectionProblems, []string{"存在的主要问题", "主要问题", "改进情况"}, nil},
	{report.SectionOtherMatters, []string{"其他需要报告", "其他需报告", "其他事项"}, nil},
	{report.SectionProcessingFees, []string{"信息处理费收取情况"}, nil},
}

// maxHeadingRunes bounds a section heading's title; longer is text.
const maxHeadingRunes = 26

// Section returns the key of the section a heading's title (without its
// number) names, or "".
func Section(title string) string {
	title = TrimHeading(title)
	if utf8.RuneCountInString(title) > maxHeadingRunes || strings.ContainsAny(title, "。;") {
		return ""
	}
	for _, s := range sections {
		if ContainsAny(title, s.words) && !ContainsAny(title, s.exclude) {
			return s.key
		}
	}
	return ""
}

// TrimHeading drops the punctuation a heading may end with.
func TrimHeading(title string) string { return strings.TrimRight(title, "。.:：;； ") }

var numberedRe = regexp.MustCompile(`^(?:第)?([一二三四五六七八九十]{1,2}|\d{1,2})(?:部分)?\s*[、.,:;．\s]\s*(.+)$`)

// Numbered splits a normalised numbered heading ("一、总体情况",
// "第二部分 主动公开…", "3.收到…") into its numeral and its title.
func Numbered(s string) (numeral, title string, ok bool) {
	m := numberedRe.FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// ContainsAny reports whether s contains one of words.
func ContainsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// TitleWordsRe matches how a title ends: "(政府)信息公开(工作)(年度)报告".
var TitleWordsRe = regexp.MustCompile(`(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$`)

// maxTitleRunes bounds a title.
const maxTitleRunes = 60

// TrimTitle drops the spaces, quotes and book-title marks around a title,
// and the letter it may be sent in ("…关于报送2020年度政府信息公开工作年度
// 报告的函" is the report's title in a 函's wrapper).
func TrimTitle(s string) string {
	s = strings.Trim(s, " 《》\"“”'‘’")
	if t, ok := strings.CutSuffix(s, "的函"); ok && strings.Contains(t, "关于") {
		s = strings.Trim(t, " 《》\"“”'‘’")
	}
	return s
}

// IsTitle reports whether a normalised line reads like the report's title:
// short, no sentence, ending in "信息公开(工作)(年度)报告".
func IsTitle(s string) bool {
	s = TrimTitle(s)
	return utf8.RuneCountInString(s) <= maxTitleRunes && !strings.ContainsAny(s, "。;,") && TitleWordsRe.MatchString(s)
}
