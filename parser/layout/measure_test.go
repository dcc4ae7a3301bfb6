package layout

import "testing"

func TestDisplayWidth(t *testing.T) {
	tests := map[string]int{
		"":             0,
		"规章 0":         6,
		"（一）ab":        8,
		"２０２４年":        10,
		"\t1":          5,
		"“三安全一稳定”":     14, // the curly quotes are ambiguous width: one column
		"洪泽湖大道 90 号 ，": 19,
	}
	for s, want := range tests {
		if got := DisplayWidth(s); got != want {
			t.Errorf("DisplayWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestIsPageNumber(t *testing.T) {
	for _, s := range []string{"-3-", "— 3 —", "－３－", "第3页", "第 3 页 共 5 页", "共5页，第3页", "3/5", "Page 3", "page 3 of 5", "·12·"} {
		if !IsPageNumber(s) {
			t.Errorf("%q is a page number", s)
		}
	}
	for _, s := range []string{"", "3", "2024年", "-3", "第三页", "1.属于国家秘密", "3/5件"} {
		if IsPageNumber(s) {
			t.Errorf("%q is not a page number", s)
		}
	}
}
