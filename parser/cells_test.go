package parser

import (
	"slices"
	"strings"
	"testing"
)

// cellTexts returns the text of each cell of a reading.
func cellTexts(parts []string, cells []cellSpan) []string {
	var out []string
	for _, c := range cells {
		out = append(out, parts[c.part][c.start:c.end])
	}
	return out
}

func TestSplitCells(t *testing.T) {
	app7 := applicationIdentity(ApplicationColumns)
	app8 := applicationIdentity([]string{"natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "legal_person_subtotal", "total"})
	amount := func(i int) bool { return i == 0 }
	tests := []struct {
		name     string
		row      string // tokens apart by spaces
		n        int
		decimal  func(int) bool
		identity rowIdentity
		want     []string // nil: no unique reading
	}{
		{"unique by I3", "142000016", 7, nil, app7, []string{"14", "2", "0", "0", "0", "0", "16"}},
		{"separate tokens glued at both ends", "20 0 0 0 02", 7, nil, app7, []string{"2", "0", "0", "0", "0", "0", "2"}},
		{"one digit a cell", "0000000", 7, nil, app7, []string{"0", "0", "0", "0", "0", "0", "0"}},
		{"white space is a boundary", "160 02 0 018", 7, nil, app7, []string{"16", "0", "0", "2", "0", "0", "18"}},
		{"total apart", "1400000 14", 7, nil, app7, []string{"14", "0", "0", "0", "0", "0", "14"}},
		// 0,0,0,0,1,10,11 and 0,0,0,0,11,0,11 both satisfy I3.
		{"two readings satisfy I3", "000011011", 7, nil, app7, nil},
		{"no reading satisfies I3", "10000001", 7, nil, app7, nil},
		{"forced but wrong sum", "0000001", 7, nil, app7, nil},
		{"too few digits", "00000", 7, nil, app7, nil},
		{"too many zeros", "00000000", 7, nil, app7, nil},
		// With the subtotal column only the subtotal check leaves one
		// reading (总计 alone is satisfied by two: see below).
		{"eight columns", "1000001111", 8, nil, app8, []string{"10", "0", "0", "0", "0", "1", "1", "11"}},
		{"eight columns, total only", "1000001111", 8, nil, func(v []float64, k []bool) bool {
			return !sumsDiffer(v[7], v[0]+v[1]+v[2]+v[3]+v[4]+v[5])
		}, nil},
		{"eight columns forced", "21000013", 8, nil, app8, []string{"2", "1", "0", "0", "0", "0", "1", "3"}},
		{"table 二 forced", "021", 3, nil, nil, []string{"0", "2", "1"}},
		{"table 二 ambiguous", "34089", 3, nil, nil, nil},
		{"table 二 one token a cell", "00 0", 3, nil, nil, []string{"0", "0", "0"}},
		{"decimal amount kept whole", "3 1.5", 2, func(i int) bool { return i == 1 }, nil, []string{"3", "1.5"}},
		{"decimal only in an amount", "31.5", 2, nil, nil, nil},
		{"decimal amount with unit", "12.5万元", 1, amount, nil, []string{"12.5万元"}},
		{"decimal amount split off", "312.5", 2, func(i int) bool { return i == 1 }, nil, nil}, // 3|12.5, 31|2.5
		{"leading zero decimal", "00.5", 2, func(i int) bool { return i == 1 }, nil, []string{"0", "0.5"}},
		{"placeholder is one cell", "1 / 01", 4, nil, nil, []string{"1", "/", "0", "1"}},
		{"review groups", "1 02 0 312 00 012 0 00 00", 15, nil, reviewIdentity,
			[]string{"1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"}},
		{"review all zero", "00 0 00 0 0 0 00 0 0 0 00", 15, nil, reviewIdentity, strings.Split(strings.Repeat("0", 15), "")},
		{"review one zero too many", "00 00 0 0 0 0 000 00 0 00", 15, nil, reviewIdentity, nil},
		{"forty digits is bounded", "1234567890123456789012345678901234567890", 7, nil, app7, nil},
		{"forty digits without identity", "1234567890123456789012345678901234567890", 15, nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parts := strings.Fields(tc.row)
			cells, ok := splitCells(parts, tc.n, tc.decimal, tc.identity)
			if tc.want == nil {
				if ok {
					t.Errorf("read %q, want no unique reading", cellTexts(parts, cells))
				}
				return
			}
			if !ok {
				t.Fatalf("no unique reading, want %q", tc.want)
			}
			if got := cellTexts(parts, cells); !slices.Equal(got, tc.want) {
				t.Errorf("read %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSplitCellsBoundsWork checks that a long string stops at the cap
// rather than trying every reading.
func TestSplitCellsBoundsWork(t *testing.T) {
	parts := []string{strings.Repeat("1", 40)}
	if _, ok := splitCells(parts, 15, nil, reviewIdentity); ok {
		t.Error("a reading of forty ones into 15 cells accepted")
	}
}
