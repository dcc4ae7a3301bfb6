package parser

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/report"
)

// Scraped tables often lose the boundaries between their cells: a row of
// table 三 arrives as "142000016" or "20 0 0 0 02", table 四 as
// "00 0 00 0 0 0 00 0 0 0 00". splitCells reads such a row back into the
// template's number of cells when the text allows only one reading, and
// reports it unread otherwise: a number is never guessed.
//
// The rules of a reading: white space between two tokens is a hard
// boundary (a cell never spans it); a number of more than one digit never
// starts with 0 (0.5 excepted, in a column of amounts); a decimal point
// stands only in a column of amounts and inside one cell; every token
// gives at least one cell. Of the readings with exactly the row's number of
// cells, the one accepted is the only one that satisfies the row's own
// identity (I3 for table 三, I4 for each group of table 四) or, for a row
// without an identity (table 二, the 信息处理费 table), the only one there
// is.

// maxSplitWork bounds the readings splitCells tries: a row with more is
// treated as ambiguous. A row of table 三 run together ("142000016") takes
// a few dozen steps; a 40-digit string would take millions.
const maxSplitWork = 20000

// maxCellBytes bounds a cell read out of run-together digits: no count or
// amount of these tables has more digits.
const maxCellBytes = 20

// cellSpan is one cell read out of a row's tokens: bytes [start, end) of
// part part.
type cellSpan struct {
	part, start, end int
}

// splitPartRe matches a token that may hold several cells run together:
// digits, at most one decimal point, and the unit of money a cell may end
// with.
var splitPartRe = regexp.MustCompile(`^(\d+(?:\.\d+)?)(万元|元)?$`)

// rowIdentity reports whether cell values satisfy a row's identity;
// known[i] is false for a cell that holds no number, and an identity that
// needs such a cell holds (it cannot be checked).
type rowIdentity func(vals []float64, known []bool) bool

type splitPart struct {
	text   string
	digits string // the splittable digits; "" for a part that is one cell
	rem    []int  // rem[i]: the digits of digits[i:]
	val    float64
	known  bool
}

type splitter struct {
	parts    []splitPart
	n        int
	decimal  func(cell int) bool
	identity rowIdentity
	sufMin   []int // cells the parts from p on give at least
	sufMax   []int // and at most
	work     int
	over     bool

	cur   []cellSpan
	vals  []float64
	known []bool
	found int // readings accepted so far (consistent with the identity)
	best  []cellSpan
}

// splitCells reads n cells out of parts, the texts of a row's value tokens
// in order (normalised: ASCII digits). decimal reports whether cell i is an
// amount that may hold a decimal point; identity (nil for none) is the
// row's own identity. It returns the cells and true when exactly one
// reading fits; false when none does, more than one does, or there are too
// many to try.
func splitCells(parts []string, n int, decimal func(cell int) bool, identity rowIdentity) ([]cellSpan, bool) {
	if n <= 0 || len(parts) == 0 || len(parts) > n {
		return nil, false
	}
	if decimal == nil {
		decimal = func(int) bool { return false }
	}
	s := &splitter{n: n, decimal: decimal, identity: identity}
	for _, p := range parts {
		sp := splitPart{text: p}
		if m := splitPartRe.FindStringSubmatch(p); m != nil {
			sp.digits = m[1]
			sp.rem = make([]int, len(sp.digits)+1)
			for i := len(sp.digits) - 1; i >= 0; i-- {
				sp.rem[i] = sp.rem[i+1]
				if sp.digits[i] != '.' {
					sp.rem[i]++
				}
			}
		} else {
			sp.val, sp.known = parseCellNumber(p)
		}
		s.parts = append(s.parts, sp)
	}
	s.sufMin = make([]int, len(parts)+1)
	s.sufMax = make([]int, len(parts)+1)
	for p := len(parts) - 1; p >= 0; p-- {
		s.sufMin[p] = s.sufMin[p+1] + 1
		s.sufMax[p] = s.sufMax[p+1] + max(1, digitCount(s.parts[p].digits))
	}
	if n < s.sufMin[0] || n > s.sufMax[0] {
		return nil, false
	}
	s.walk(0, 0)
	if s.over || s.found != 1 {
		return nil, false
	}
	return s.best, true
}

// digitCount counts the digits of s (its decimal point aside).
func digitCount(s string) int { return len(s) - strings.Count(s, ".") }

// walk tries every way of reading the cells from byte pos of part p on.
func (s *splitter) walk(p, pos int) {
	if s.over || s.found > 1 {
		return
	}
	if s.work++; s.work > maxSplitWork {
		s.over = true
		return
	}
	k := len(s.cur)
	if p == len(s.parts) {
		if k == s.n {
			s.leaf()
		}
		return
	}
	part := s.parts[p]
	if part.digits == "" {
		if k < s.n {
			s.push(cellSpan{p, 0, len(part.text)}, part.val, part.known)
			s.walk(p+1, 0)
			s.pop()
		}
		return
	}
	d := part.digits
	rest := s.n - k - 1 // cells left after this one
	for end := pos + 1; end <= len(d) && end-pos <= maxCellBytes; end++ {
		piece := d[pos:end]
		if piece[0] == '.' || len(piece) > 1 && piece[0] == '0' && piece[1] != '.' {
			break // every longer piece is as bad
		}
		if piece[len(piece)-1] == '.' {
			continue
		}
		if strings.Contains(piece, ".") && !s.decimal(k) {
			break
		}
		minRest, maxRest := s.sufMin[p+1], s.sufMax[p+1]
		if end < len(d) {
			minRest++
			maxRest += part.rem[end]
		}
		if rest > maxRest {
			break // longer pieces leave fewer digits still
		}
		if rest < minRest {
			continue
		}
		v, err := strconv.ParseFloat(piece, 64)
		if err != nil {
			continue
		}
		span := cellSpan{p, pos, end}
		if end == len(d) {
			span.end = len(part.text) // the unit goes with the last cell
			s.push(span, v, true)
			s.walk(p+1, 0)
		} else {
			s.push(span, v, true)
			s.walk(p, end)
		}
		s.pop()
	}
}

func (s *splitter) push(c cellSpan, v float64, known bool) {
	s.cur = append(s.cur, c)
	s.vals = append(s.vals, v)
	s.known = append(s.known, known)
}

func (s *splitter) pop() {
	n := len(s.cur) - 1
	s.cur, s.vals, s.known = s.cur[:n], s.vals[:n], s.known[:n]
}

// leaf judges a complete reading.
func (s *splitter) leaf() {
	if s.identity != nil && !s.identity(s.vals, s.known) {
		return
	}
	s.found++
	if s.found == 1 {
		s.best = append([]cellSpan(nil), s.cur...)
	}
}

// sumsDiffer reports whether two sums differ beyond rounding.
func sumsDiffer(a, b float64) bool { return math.Abs(a-b) > 1e-6 }

// sumHolds reports whether vals[total] is the sum of vals[parts], or the
// sum cannot be checked for a cell without a number.
func sumHolds(vals []float64, known []bool, total int, parts []int) bool {
	if total < 0 || total >= len(vals) || !known[total] {
		return true
	}
	sum := 0.0
	for _, i := range parts {
		if i < 0 || i >= len(vals) || !known[i] {
			return true
		}
		sum += vals[i]
	}
	return !sumsDiffer(vals[total], sum)
}

// applicationIdentity is I3 for a row of table 三 with columns cols: 总计 is
// 自然人 plus the five 法人或其他组织 columns, and a subtotal column, when
// there is one, is the sum of those five.
func applicationIdentity(cols []string) rowIdentity {
	at := map[string]int{}
	for i, c := range cols {
		at[c] = i
	}
	index := func(key string) int {
		if i, ok := at[key]; ok {
			return i
		}
		return -1
	}
	var orgs []int
	for _, k := range []string{"commercial", "research", "social_welfare", "legal_service", "other_org"} {
		orgs = append(orgs, index(k))
	}
	total, natural, subtotal := index("total"), index("natural_person"), index("legal_person_subtotal")
	return func(vals []float64, known []bool) bool {
		if !sumHolds(vals, known, total, append([]int{natural}, orgs...)) {
			return false
		}
		return subtotal < 0 || sumHolds(vals, known, subtotal, orgs)
	}
}

// reviewIdentity is I4 for each group of table 四 (15 cells, five a
// group): 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
func reviewIdentity(vals []float64, known []bool) bool {
	for g := 0; g+5 <= len(vals); g += 5 {
		if !sumHolds(vals, known, g+4, []int{g, g + 1, g + 2, g + 3}) {
			return false
		}
	}
	return true
}

// runTogether reports whether a value token may hold several cells: a
// number of more than one digit written without separators.
func (t token) runTogether() bool {
	if !t.isNum || t.blank {
		return false
	}
	m := splitPartRe.FindStringSubmatch(t.text.String())
	return m != nil && digitCount(m[1]) > 1
}

// fitRow fits a row's value tokens to its n cells. A row with n tokens or
// more keeps them as they are. A shorter row whose digits run together is
// split into n cells when exactly one reading satisfies identity (nil: the
// only reading there is); ambiguous reports whether the row runs together
// but does not split uniquely (its cells are then not read at all: a number
// is never guessed).
func fitRow(toks []token, n int, decimal func(int) bool, identity rowIdentity) (cells []token, ambiguous bool) {
	if len(toks) >= n || !slices.ContainsFunc(toks, token.runTogether) {
		return toks, false
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text.String()
	}
	spans, ok := splitCells(parts, n, decimal, identity)
	if !ok {
		return nil, true
	}
	cells = make([]token, 0, n)
	for _, c := range spans {
		t := toks[c.part]
		if c.start == 0 && c.end == len(parts[c.part]) {
			cells = append(cells, t)
			continue
		}
		sub := newToken(t.text.Slice(c.start, c.end), t.line, t.dup)
		cells = append(cells, sub)
	}
	return cells, false
}

// shortfall gathers what a table lacks, for its one table_incomplete note:
// rows the report left out, rows whose cells could not all be read, and
// rows whose digits run together in more than one way.
type shortfall struct {
	missing, unread, runTogether []string
	// at is where the first row read short stands; the note stands there,
	// or at the table when only rows are missing.
	at *report.Loc
}

// short records a row read short: unread, or run together when ambiguous.
func (s *shortfall) short(key string, ambiguous bool, at report.Loc) {
	if ambiguous {
		s.runTogether = append(s.runTogether, key)
	} else {
		s.unread = append(s.unread, key)
	}
	if s.at == nil {
		s.at = &at
	}
}

func (s *shortfall) empty() bool {
	return len(s.missing)+len(s.unread)+len(s.runTogether) == 0
}

// note records the table's shortfall, if any, as one note.
func (r *recognizer) noteShortfall(table, name string, loc report.Loc, s shortfall) {
	if s.empty() {
		return
	}
	if s.at != nil {
		loc = *s.at
	}
	var parts []string
	if len(s.missing) > 0 {
		parts = append(parts, fmt.Sprintf("rows missing: %s", strings.Join(s.missing, ", ")))
	}
	if len(s.unread) > 0 {
		parts = append(parts, fmt.Sprintf("cells unread: %s", strings.Join(s.unread, ", ")))
	}
	if len(s.runTogether) > 0 {
		parts = append(parts, fmt.Sprintf("digits run together, no unique split: %s", strings.Join(s.runTogether, ", ")))
	}
	r.doc.Notes = append(r.doc.Notes, report.Note{
		Code: report.NoteTableIncomplete, Table: table, Loc: loc,
		Message:     fmt.Sprintf("table %s: %s", name, strings.Join(parts, "; ")),
		Missing:     s.missing,
		Unread:      s.unread,
		RunTogether: s.runTogether,
	})
}
