package layout

import (
	"regexp"
	"strings"

	"golang.org/x/text/width"
)

// DisplayWidth returns the columns s takes in a fixed-width rendering: East
// Asian wide and full-width characters take two, a tab four, the rest one.
func DisplayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r == '\t':
			w += 4
		case r >= 0x1100:
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth:
				w += 2
			default:
				w++
			}
		default:
			w++
		}
	}
	return w
}

var pageNumberRe = regexp.MustCompile(`^(?:[-—–_~·•]+\d{1,4}[-—–_~·•]+|第\d{1,4}页(?:[,、]?共\d{1,4}页)?|共\d{1,4}页[,、]?第\d{1,4}页|\d{1,4}/\d{1,4}|(?i:page)\d{1,4}(?:(?i:of)\d{1,4})?)$`)

// maxPageNumberBytes bounds a page number line ("第 12 页 共 30 页"
// with spaces); a longer line is text.
const maxPageNumberBytes = 64

// IsPageNumber reports whether a line is nothing but a page number:
// "-3-", "— 3 —", "第3页", "第3页 共5页", "3/5", "Page 3". (A bare number
// is a page number only by where it stands, which a line does not say.)
func IsPageNumber(s string) bool {
	if len(s) > maxPageNumberBytes {
		return false
	}
	s = strings.Map(func(r rune) rune {
		if IsSpace(r) {
			return -1
		}
		return r
	}, FoldString(s))
	return s != "" && pageNumberRe.MatchString(s)
}
