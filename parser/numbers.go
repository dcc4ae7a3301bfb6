package parser

import (
	"regexp"
	"strconv"
	"strings"
)

// numberRe matches a whole cell that is a number: integers, decimals and
// thousands separators ("37,292").
var numberRe = regexp.MustCompile(`^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$`)

// parseNumber parses a folded cell text; ok is false when it is not a number.
func parseNumber(s string) (float64, bool) {
	if !numberRe.MatchString(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// isPlaceholder reports whether a folded cell text stands for "nothing" in
// a count cell: a slash, a dash or 无.
func isPlaceholder(s string) bool {
	switch s {
	case "/", "-", "—", "——", "--", "–", "无", "空", "×", "\\":
		return true
	}
	return false
}

var cnDigits = map[rune]int{
	'〇': 0, '零': 0, 'O': 0, 'o': 0, '○': 0,
	'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// cnNumber converts a Chinese numeral up to 99 (一, 十, 十二, 二十三) to
// its value; ok is false for anything else.
func cnNumber(s string) (int, bool) {
	r := []rune(s)
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10, true
	case len(r) == 1:
		v, ok := cnDigits[r[0]]
		return v, ok && v > 0
	case len(r) == 2 && r[0] == '十':
		v, ok := cnDigits[r[1]]
		return 10 + v, ok && v > 0
	case len(r) == 2 && r[1] == '十':
		v, ok := cnDigits[r[0]]
		return v * 10, ok && v > 1
	case len(r) == 3 && r[1] == '十':
		a, ok1 := cnDigits[r[0]]
		b, ok2 := cnDigits[r[2]]
		return a*10 + b, ok1 && ok2 && a > 1 && b > 0
	}
	return 0, false
}

// cnDigitString converts a string of Chinese digits written one by one, as
// in dates (二〇二五 → 2025, 十九 → 19), to a number.
func cnDigitString(s string) (int, bool) {
	if v, ok := cnNumber(s); ok {
		return v, true
	}
	if v, err := strconv.Atoi(s); err == nil {
		return v, true
	}
	n := 0
	for _, r := range s {
		d, ok := cnDigits[r]
		if !ok {
			return 0, false
		}
		n = n*10 + d
	}
	return n, s != ""
}

func intPtr(v int) *int { return &v }
