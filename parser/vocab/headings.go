package vocab

import (
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/nianbao/nianbao/report"
)

// headingForms are the ways reports write each section's heading, in the
// form the recogniser matches (folded: ASCII punctuation, no spaces); the
// first of each is the template's wording. 2025 reports add the
// 信息处理费收取情况 section.
var headingForms = []struct {
	key   string
	forms []string
}{
	{report.SectionOverview, []string{"总体情况", "基本情况", "概述"}},
	{report.SectionActiveDisclosure, []string{"主动公开政府信息情况", "主动公开政府信息的情况", "主动公开情况"}},
	{report.SectionApplications, []string{"收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请的情况", "依申请公开政府信息情况", "依申请公开情况"}},
	{report.SectionReviewLitigation, []string{"政府信息公开行政复议、行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开行政复议、行政诉讼的情况", "行政复议、行政诉讼情况"}},
	{report.SectionProblems, []string{"存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在的主要问题和改进情况", "存在的主要问题及改进措施", "主要问题及改进情况"}},
	{report.SectionOtherMatters, []string{"其他需要报告的事项", "其他需报告的事项", "其他需要报告事项", "其他事项"}},
	{report.SectionProcessingFees, []string{"信息处理费收取情况"}},
}

// TemplateHeading returns the template's wording of the heading of the
// section with key, or "".
func TemplateHeading(key string) string {
	for _, h := range headingForms {
		if h.key == key {
			return h.forms[0]
		}
	}
	return ""
}

// HeadingMatch is a section heading found at the start of a text.
type HeadingMatch struct {
	Key string
	// Len is how many bytes of the text the heading takes.
	Len int
	// Typo is the template's wording when the heading was read through a
	// typo (it matched no form exactly); "" otherwise.
	Typo string
}

// typoBudget is how many edits a heading form of n runes may be away from
// the text and still be that heading: one for a short heading, two for a
// long one. Headings under six runes must be written exactly.
func typoBudget(n int) int {
	switch {
	case n < 6:
		return 0
	case n < 14:
		return 1
	}
	return 2
}

// HeadingPrefix reports whether s (folded, without spaces) starts with a
// section heading's title (what follows its number): a form written
// exactly, the longest first, or one a typo away from it.
func HeadingPrefix(s string) (HeadingMatch, bool) {
	best := HeadingMatch{}
	for _, h := range headingForms {
		for _, f := range h.forms {
			if strings.HasPrefix(s, f) && len(f) > best.Len {
				best = HeadingMatch{Key: h.key, Len: len(f)}
			}
		}
	}
	if best.Len > 0 {
		return best, true
	}
	// Through a typo: the prefix of s that is the fewest edits from a
	// form. A typo leaves the heading's first rune and its last word
	// standing, which rules out most text cheaply.
	first, _ := utf8.DecodeRuneInString(s)
	window := FirstRunes(s, 40)
	var prefix []rune
	bestDist := -1
	for _, f := range fuzzyForms {
		if f.first != first || !strings.Contains(window, f.lastWord) {
			continue
		}
		if prefix == nil {
			prefix = []rune(window)
		}
		for l := f.runes - f.budget; l <= f.runes+f.budget && l <= len(prefix); l++ {
			// The heading must end where the form ends.
			if l <= 0 || prefix[l-1] != f.last {
				continue
			}
			cand := string(prefix[:l])
			if d := levenshtein.ComputeDistance(f.form, cand); d <= f.budget && (bestDist < 0 || d < bestDist) {
				bestDist = d
				best = HeadingMatch{Key: f.key, Len: len(cand), Typo: f.template}
			}
		}
	}
	return best, bestDist >= 0
}

// fuzzyForm is a heading form that a typo may be read through.
type fuzzyForm struct {
	key, form, template string
	first, last         rune
	lastWord            string
	runes, budget       int
}

var fuzzyForms = func() []fuzzyForm {
	var out []fuzzyForm
	for _, h := range headingForms {
		for _, f := range h.forms {
			r := []rune(f)
			budget := typoBudget(len(r))
			if budget == 0 {
				continue
			}
			out = append(out, fuzzyForm{key: h.key, form: f, template: h.forms[0], first: r[0], last: r[len(r)-1],
				lastWord: string(r[len(r)-2:]), runes: len(r), budget: budget})
		}
	}
	return out
}()

// FuzzySection returns the key of the section whose heading a whole title
// (without its number) is a typo of, and the template's wording; "" when
// it is none.
func FuzzySection(title string) (key, template string) {
	title = strings.ReplaceAll(TrimHeading(title), " ", "")
	m, ok := HeadingPrefix(title)
	if !ok || m.Len != len(title) || m.Typo == "" {
		return "", ""
	}
	return m.Key, m.Typo
}

// FirstRunes returns the first n runes of s.
func FirstRunes(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}
