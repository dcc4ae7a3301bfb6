package engine_test

import (
	"path/filepath"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestRates checks the rates of real reports against values worked out
// by hand from their tables:
//
//   - hongze-gov-2023.pdf: 予以公开 0 + 部分公开 4 of 办理结果总计 21; 复议
//     结果纠正 1 of a 总计 of 0 (the table's own mistake); litigation 0 of
//     0; 结转下年度 0 of 21 + 0;
//   - pt-zrz-2021.html: 予以公开 14 + 部分公开 0 of 18; 复议 纠正 0 of 3
//     (维持 1, 其他 2); litigation 纠正 0 of 12 (未经复议直接起诉, all 维持)
//     and 0 of 0 (复议后起诉); 结转 0 of 18 + 0;
//   - seed 000: 0 + 0 of 7; 复议 and litigation 0 of 0; 结转 0 of 7 + 0.
//
// A denominator under 5 gives the counts, not a rate.
func TestRates(t *testing.T) {
	e := newEngine(t, engine.Options{})
	rate := func(r float64) *float64 { return &r }
	tests := []struct {
		path string
		want map[string]engine.Rate
	}{
		{filepath.Join("..", "testdata", "pdf", "hongze-gov-2023.pdf"), map[string]engine.Rate{
			"substantive_disclosure":    {Numerator: 4, Denominator: 21, Rate: rate(4.0 / 21)},
			"reconsideration_corrected": {Numerator: 1, Denominator: 0},
			"litigation_corrected":      {Numerator: 0, Denominator: 0},
			"carried_forward":           {Numerator: 0, Denominator: 21, Rate: rate(0)},
		}},
		{filepath.Join("..", "testdata", "html", "pingtan", "pt-zrz-2021.html"), map[string]engine.Rate{
			"substantive_disclosure":    {Numerator: 14, Denominator: 18, Rate: rate(14.0 / 18)},
			"reconsideration_corrected": {Numerator: 0, Denominator: 3},
			"litigation_corrected":      {Numerator: 0, Denominator: 12, Rate: rate(0)},
			"carried_forward":           {Numerator: 0, Denominator: 18, Rate: rate(0)},
		}},
		{filepath.Join("..", "testdata", "seeds", "000_55d435d651c286e9.txt"), map[string]engine.Rate{
			"substantive_disclosure":    {Numerator: 0, Denominator: 7, Rate: rate(0)},
			"reconsideration_corrected": {Numerator: 0, Denominator: 0},
			"litigation_corrected":      {Numerator: 0, Denominator: 0},
			"carried_forward":           {Numerator: 0, Denominator: 7, Rate: rate(0)},
		}},
	}
	for _, tt := range tests {
		got := lintFile(t, e, tt.path).Rates
		for k, w := range tt.want {
			g, ok := got[k]
			switch {
			case !ok:
				t.Errorf("%s: no %s", filepath.Base(tt.path), k)
			case g.Numerator != w.Numerator || g.Denominator != w.Denominator || (g.Rate == nil) != (w.Rate == nil) ||
				g.Rate != nil && (*g.Rate-*w.Rate > 1e-9 || *w.Rate-*g.Rate > 1e-9):
				t.Errorf("%s: %s = %+v (rate %v), want %+v (rate %v)", filepath.Base(tt.path), k, g, deref(g.Rate), w, deref(w.Rate))
			}
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
