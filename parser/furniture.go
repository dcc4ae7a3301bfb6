package parser

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/nianbao/nianbao/parser/vocab"
	"github.com/nianbao/nianbao/report"
)

// Page furniture is what stands around a report without being part of it:
// a crawler's metadata header (标题:, 发布时间:, 发布机构:, 栏目:, 原文链接:,
// then a "==== 正文 ====" line), and a site's breadcrumb
// ("首页 > 政务公开 > 政府信息公开年报"). It is never title, issuer or
// preamble; the header's date is the page's date, not the report's.

var (
	// metaLabelRe is a label of a crawler's or a page's metadata line.
	metaLabelRe = regexp.MustCompile(`^(标题|题目|时间|日期|发布时间|发布日期|成文日期|生成日期|文号|发文字号|发布机构|发文机关|来源|信息来源|栏目|所属栏目|原文链接|原文地址|本地目录|索引号|主题分类|浏览次数|访问次数)\s*:`)
	// separatorRe is a line of = or - marks, with a word between them.
	separatorRe = regexp.MustCompile(`^[=\-_*#]{3,}.*[=\-_*#]{3,}$|^[=\-_*#]{3,}$`)
	// breadcrumbRe starts a breadcrumb.
	breadcrumbRe = regexp.MustCompile(`^(?:当前位置|您的位置|您现在的位置|你的位置|现在位置|位置)\s*:|^首页`)
)

// maxHeaderLines bounds a metadata header.
const maxHeaderLines = 20

// findFurniture marks the page furniture before the article, and takes the
// page's date from a metadata header.
func (r *recognizer) findFurniture() {
	n := min(len(r.lines), maxHeaderLines)
	// A metadata header: labelled lines up to a separator line, or up to
	// the last labelled line.
	labels, end := 0, -1
	for i := 0; i < n; i++ {
		l := &r.lines[i]
		if l.role == roleBlank {
			continue
		}
		s := l.norm.String()
		switch {
		case metaLabelRe.MatchString(s):
			labels++
			end = i
		case separatorRe.MatchString(s) && labels > 0:
			end = i
			n = i + 1
		}
	}
	if labels >= 2 {
		for i := 0; i <= end; i++ {
			r.headerLine(i)
		}
	}
	// Before the article's first sentence: the breadcrumb, the page's own
	// labelled lines ("来源:", "时间:2022-01-25 10:40"), share buttons and
	// what Word leaves there.
	for i := range r.lines {
		l := &r.lines[i]
		if l.role != roleText {
			continue
		}
		s := l.norm.String()
		if strings.Contains(s, "。") && !isOfficeJunk(s) {
			break
		}
		switch {
		case isBreadcrumb(s), isOfficeJunk(s), widgetRe.MatchString(s):
			l.role = roleTail
		case metaLabelRe.MatchString(s) && !vocab.IsTitle(s):
			r.headerLine(i)
		}
	}
}

// widgetRe is a page's share and view buttons, each a line of its own once
// a run-together line is cut at white space.
var widgetRe = regexp.MustCompile(`^(?:微信|微博|QQ空间|QQ|全真版|文字版|文件下载|附件下载|相关链接:?|分享到:?|-->|<!--|\[?[大中小]\]?|字号:?.*|打印|关闭|【[^】]*】)$|^(?:[0-9.:]+|false|true|EN-US|ZH-CN|X-NONE|磅)$`)

// headerLine reads line i of a metadata header: a 标题 stays as the title
// (without its label), a 发布时间 gives the page's date, and the rest is
// furniture.
func (r *recognizer) headerLine(i int) {
	l := &r.lines[i]
	if l.role == roleBlank {
		return
	}
	s := l.norm.String()
	m := metaLabelRe.FindStringSubmatchIndex(s)
	if m != nil && (s[m[2]:m[3]] == "标题" || s[m[2]:m[3]] == "题目") {
		l.norm = l.norm.Slice(m[1], len(s)).TrimSpace()
		if l.norm.IsEmpty() {
			l.role = roleBlank
		}
		return
	}
	l.role = roleTail
	if m == nil || r.doc.Source.PageDate != nil || !strings.Contains(s[m[2]:m[3]], "日期") && !strings.Contains(s[m[2]:m[3]], "时间") {
		return
	}
	if date, a, b, ok := findDate(s[m[1]:]); ok && date != "" {
		r.doc.Source.PageDate = &report.Published{Date: date, Loc: r.d.Loc(l.norm, m[1]+a, m[1]+b)}
	}
}

// isBreadcrumb reports whether a line is a site's breadcrumb: it starts
// with 当前位置 or 首页 >, or is short parts between two or more > marks.
func isBreadcrumb(s string) bool {
	if breadcrumbRe.MatchString(s) {
		return utf8.RuneCountInString(s) <= 80 && !strings.ContainsAny(s, "。;")
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '>' || r == '»' || r == '›' || r == '＞' })
	if len(parts) < 3 || utf8.RuneCountInString(s) > 80 {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(strings.TrimSpace(p)); n == 0 || n > 20 {
			return false
		}
	}
	return true
}
