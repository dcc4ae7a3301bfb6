package report

import (
	"regexp"
	"sync"
	"unicode/utf8"
)

// Derive fills in what the document says twice, read off the rest of it
// so that policies find it ready rather than work it out in every rule
// that needs it: each table's numbers (the cells that hold a number, by
// row and column) and where each fact's number stands in its sentence.
// The parser calls it last; a program that changes a document after
// parsing calls it again (nianbao's engine derives these fields again
// from the rest of the document whenever it lints one).
func (d *Document) Derive() {
	for _, t := range []*Table{d.Tables.Active, d.Tables.Applications} {
		if t != nil {
			t.Numbers = TableNumbers(t.Rows)
		}
	}
	if r := d.Tables.Review; r != nil {
		r.Numbers = r.GroupNumbers()
	}
	for i, p := range FactPlaces(d.Facts) {
		d.Facts[i].Start, d.Facts[i].End = p.Start, p.End
	}
	if d.Previous != nil {
		d.Previous.Derive()
	}
	for i := range d.Children {
		d.Children[i].Derive()
	}
}

// CellNumbers maps the key of each cell that holds a number to the
// number; nil for nil cells.
func CellNumbers(cells map[string]Cell) map[string]float64 {
	if cells == nil {
		return nil
	}
	m := make(map[string]float64, len(cells))
	for k, c := range cells {
		if c.Value != nil {
			m[k] = *c.Value
		}
	}
	return m
}

// TableNumbers is CellNumbers of each row; nil for nil rows.
func TableNumbers(rows map[string]map[string]Cell) map[string]map[string]float64 {
	if rows == nil {
		return nil
	}
	m := make(map[string]map[string]float64, len(rows))
	for k, cells := range rows {
		m[k] = CellNumbers(cells)
	}
	return m
}

// GroupNumbers is CellNumbers of each group of table 四 that is there,
// by group key.
func (r *ReviewTable) GroupNumbers() map[string]map[string]float64 {
	m := map[string]map[string]float64{}
	for k, cells := range map[string]map[string]Cell{
		"reconsideration":         r.Reconsideration,
		"litigation_direct":       r.LitigationDirect,
		"litigation_after_review": r.LitigationAfterReview,
	} {
		if cells != nil {
			m[k] = CellNumbers(cells)
		}
	}
	return m
}

// Place is where a fact's number stands in its sentence: Start is the
// offset of its first character and End the offset just after its last
// (before 余 or 多 and the unit), in code points; both nil when the
// number cannot be found in the sentence.
type Place struct {
	Start, End *int
}

// FactPlaces places each fact's number in its sentence. The k-th fact
// with a number and unit in a sentence is the k-th place where the number
// stands before the unit (white space and 余 or 多 may come between)
// that does not continue a word, a number or 第 before it. It is how
// policies placed a fact before documents carried the place
// (policies/lib/narrative.rego, fact), and still do for a document
// without it.
func FactPlaces(facts []Fact) []Place {
	type alike struct {
		sentence  string
		loc       Loc
		raw, unit string
	}
	earlier := map[alike]int{}
	out := make([]Place, len(facts))
	for i := range facts {
		f := &facts[i]
		k := alike{f.Sentence, f.SentenceLoc, f.Raw, f.Unit}
		nth := earlier[k]
		earlier[k]++
		if start, ok := nthPlace(f.Sentence, f.Raw, f.Unit, nth); ok {
			end := start + utf8.RuneCountInString(f.Raw)
			out[i] = Place{&start, &end}
		}
	}
	return out
}

func nthPlace(sentence, raw, unit string, nth int) (int, bool) {
	s, n := []rune(sentence), []rune(raw)
	if len(n) == 0 {
		return 0, false
	}
	after := unitAfter(unit)
	window := utf8.RuneCountInString(unit) + 4
	for p := 0; p+len(n) <= len(s); p++ {
		if !runesAt(s, p, n) || p > 0 && gluedTo(s[p-1]) {
			continue
		}
		from := p + len(n)
		if !after.MatchString(string(s[from:min(from+window, len(s))])) {
			continue
		}
		if nth == 0 {
			return p, true
		}
		nth--
	}
	return 0, false
}

func runesAt(s []rune, p int, n []rune) bool {
	for i, r := range n {
		if s[p+i] != r {
			return false
		}
	}
	return true
}

// gluedTo reports whether a number right after r continues something: a
// number, a word in Latin letters, a 第.
func gluedTo(r rune) bool {
	return r >= '0' && r <= '9' || r == '.' || r == '-' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '第'
}

var unitPatterns sync.Map // unit → *regexp.Regexp

// unitAfter matches what follows a number with unit: white space, 余 or
// 多, white space, the unit.
func unitAfter(unit string) *regexp.Regexp {
	if re, ok := unitPatterns.Load(unit); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(`^\s*[余多]?\s*` + regexp.QuoteMeta(unit))
	unitPatterns.Store(unit, re)
	return re
}
