package suggest

import "testing"

func TestClosest(t *testing.T) {
	ids := []string{"contact/missing", "contact/incomplete", "dates/period-missing"}
	tests := []struct {
		s     string
		slack int
		want  string
	}{
		{"contact/mising", 3, "contact/missing"},
		{"contact/incompelte", 3, "contact/incomplete"},
		{"fees/amount", 3, ""},
		{"lnag", 2, ""},
	}
	for _, tt := range tests {
		if got := Closest(tt.s, ids, tt.slack); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if got := Closest("lnag", []string{"lang", "data"}, 2); got != "lang" {
		t.Errorf("Closest(lnag) = %q, want lang", got)
	}
	if got := Closest("x", nil, 2); got != "" {
		t.Errorf("no choices: %q", got)
	}
}
