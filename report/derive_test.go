package report

import "testing"

func TestFactPlaces(t *testing.T) {
	s := "共收到申请1件，其中1 件自然人、11件法人，第1件已办结，余1余件。"
	facts := []Fact{
		{Sentence: s, Raw: "1", Unit: "件"},  // 申请1件
		{Sentence: s, Raw: "1", Unit: "件"},  // 其中1 件: white space before the unit
		{Sentence: s, Raw: "11", Unit: "件"}, // 11件
		{Sentence: s, Raw: "1", Unit: "件"},  // 余1余件 (not 11件, glued, nor 第1件)
		{Sentence: s, Raw: "1", Unit: "件"},  // a fifth 1件 is not there
		{Sentence: "另有2条。", Raw: "2", Unit: "条", SentenceLoc: Loc{Line: 2}},
	}
	want := [][2]int{{5, 6}, {10, 11}, {17, 19}, {31, 32}, {-1, -1}, {2, 3}}
	for i, p := range FactPlaces(facts) {
		got := [2]int{-1, -1}
		if p.Start != nil {
			got = [2]int{*p.Start, *p.End}
		}
		if got != want[i] {
			t.Errorf("fact %d: place %v, want %v", i, got, want[i])
		}
	}
}

func TestDerive(t *testing.T) {
	one, two := 1.0, 2.0
	d := &Document{
		Tables: Tables{
			Applications: &Table{Rows: map[string]map[string]Cell{
				"new_received": {"total": {Value: &one}, "natural_person": {Raw: "/"}},
			}},
			Review: &ReviewTable{Reconsideration: map[string]Cell{"total": {Value: &two}}},
		},
		Facts: []Fact{{Sentence: "收到申请2件。", Raw: "2", Unit: "件"}},
	}
	d.Derive()
	if got := d.Tables.Applications.Numbers; len(got) != 1 || len(got["new_received"]) != 1 || got["new_received"]["total"] != 1 {
		t.Errorf("applications numbers = %v", got)
	}
	if got := d.Tables.Review.Numbers; len(got) != 1 || got["reconsideration"]["total"] != 2 {
		t.Errorf("review numbers = %v", got)
	}
	if f := d.Facts[0]; f.Start == nil || *f.Start != 4 || *f.End != 5 {
		t.Errorf("fact place = %v %v, want 4 5", f.Start, f.End)
	}
}
