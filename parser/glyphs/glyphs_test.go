package glyphs

import "testing"

func TestIsPageNumber(t *testing.T) {
	const w, h = 595, 842
	tests := []struct {
		text   string
		x0, x1 float64
		y      float64
		want   bool
	}{
		{"-3-", 290, 305, 800, true},
		{"- 3 -", 60, 80, 800, true}, // at the left of an even page
		{"— 12 —", 280, 315, 810, true},
		{"第3页", 280, 310, 810, true},
		{"第 3 页 共 5 页", 260, 330, 810, true},
		{"3/5", 290, 305, 40, true}, // at the top
		{"Page 3 of 5", 260, 330, 810, true},
		{"3", 295, 300, 810, true},   // a lone number centred at the foot
		{"3", 500, 505, 810, false},  // a lone number not centred
		{"21", 295, 305, 400, false}, // not at the foot
		{"21 0 0", 280, 320, 810, false},
		{"一、总体情况", 280, 320, 810, false},
	}
	for _, tc := range tests {
		l := &Line{Text: tc.text, X0: tc.x0, X1: tc.x1, Y: tc.y}
		if got := inMargin(l, h) && isPageNumber(l, w, h); got != tc.want {
			t.Errorf("%q at (%v,%v): got %v, want %v", tc.text, tc.x0, tc.y, got, tc.want)
		}
	}
}
