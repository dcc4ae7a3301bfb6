package layout

import "testing"

func TestTextPositions(t *testing.T) {
	line := "  一、总体情况 | 7 |"
	txt := NewText(line, 12, 1)
	tests := []struct {
		name    string
		t       Text
		want    string
		start   Pos
		endExcl Pos
	}{
		{"trimmed", txt.TrimSpace(), "一、总体情况 | 7 |", Pos{12, 3}, Pos{12, 15}},
		{"slice", txt.Slice(len("  一、总体情况 | "), len("  一、总体情况 | 7")), "7", Pos{12, 12}, Pos{12, 13}},
		{"normalized", Normalize(NewText("2024 年１月\u00a0\u200b1 日 ", 3, 5)), "2024年1月1日", Pos{3, 5}, Pos{3, 18}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.t.String() != tt.want {
				t.Fatalf("text = %q, want %q", tt.t.String(), tt.want)
			}
			start, end := tt.t.Span(0, tt.t.Len())
			if start != tt.start || end != tt.endExcl {
				t.Errorf("span = %v–%v, want %v–%v", start, end, tt.start, tt.endExcl)
			}
		})
	}
}

func TestNormalizeKeepsEachRunePosition(t *testing.T) {
	// "商业 企业" loses its space; "电话：0994" its full-width colon.
	n := Normalize(NewText("商业 企业，电话：０９９４", 1, 1))
	if got, want := n.String(), "商业企业,电话:0994"; got != want {
		t.Fatalf("normalized %q, want %q", got, want)
	}
	wantCols := []int{1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}
	i := 0
	n.Each(func(_ int, r rune, p Pos) {
		if p.Col != wantCols[i] {
			t.Errorf("rune %d %q at column %d, want %d", i, r, p.Col, wantCols[i])
		}
		i++
	})
}

func TestJoinAcrossLines(t *testing.T) {
	j := Join([]Text{NewText("洪泽湖大道 90", 7, 1), NewText("号 ， 邮 编", 8, 1)}, "")
	n := Normalize(j)
	if got, want := n.String(), "洪泽湖大道90号,邮编"; got != want {
		t.Fatalf("joined %q, want %q", got, want)
	}
	k := len("洪泽湖大道90")
	if p := n.PosAt(k); p != (Pos{8, 1}) {
		t.Errorf("号 at %v, want 8:1", p)
	}
}

func TestFoldString(t *testing.T) {
	in := "（一）ＡＢ　１２\u200b"
	got := FoldString(in)
	if got != "(一)AB 12\u200b" {
		t.Errorf("FoldString(%q) = %q", in, got)
	}
	if len([]rune(got)) != len([]rune(in)) {
		t.Error("FoldString changed the number of runes")
	}
}

func TestCutKeepsPositions(t *testing.T) {
	// A text of two runs (two source lines joined), cut at several places
	// and at the same place twice: every piece is the same as Slice gives.
	a := NewText("一、总体情况2024年", 3, 5)
	b := NewText("二、主动公开", 4, 1)
	j := Join([]Text{a, b}, "")
	s := j.String()
	cuts := []int{len("一、"), len("一、总体情况"), len("一、总体情况"), len("一、总体情况2024年") + len("二"), len(s) - len("开")}
	got := j.Cut(cuts)
	if len(got) != len(cuts)+1 {
		t.Fatalf("%d pieces", len(got))
	}
	prev := 0
	for i, c := range append(cuts, len(s)) {
		want := j.Slice(prev, c)
		if got[i].String() != want.String() || got[i].Start() != want.Start() && !want.IsEmpty() {
			t.Errorf("piece %d = %q at %v, want %q at %v", i, got[i].String(), got[i].Start(), want.String(), want.Start())
		}
		if !want.IsEmpty() && got[i].PosAt(got[i].Len()-1) != want.PosAt(want.Len()-1) {
			t.Errorf("piece %d ends at %v, want %v", i, got[i].PosAt(got[i].Len()-1), want.PosAt(want.Len()-1))
		}
		prev = c
	}
}
