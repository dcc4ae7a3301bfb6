package engine

import (
	"context"
	"encoding/json"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/nianbao/nianbao/report"
)

// RatesQuery is the query of the rates a reviewing authority compares
// bodies by (policies/lib/rates.rego).
const RatesQuery = "data.nianbao.lib.rates.rates"

// Rate is one rate of a report: numerator over denominator, and the rate
// itself, nil where the denominator is too small for a rate to mean
// anything (the policies' min_denominator).
type Rate struct {
	Numerator   float64  `json:"numerator"`
	Denominator float64  `json:"denominator"`
	Rate        *float64 `json:"rate"`
}

// RateKeys are the rates, in the order outputs show them.
var RateKeys = []string{"substantive_disclosure", "reconsideration_corrected", "litigation_corrected", "carried_forward"}

// reportRates evaluates the rates of doc; nil when none can be computed
// or the query fails (rates are figures for the outputs, never findings).
func (e *Engine) reportRates(ctx context.Context, doc *report.Document) map[string]Rate {
	if e.rates == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, e.opts.Timeout)
	defer cancel()
	rs, err := e.rates.Eval(ctx, rego.EvalParsedInput(toValue(doc)))
	if err != nil || len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil
	}
	raw, err := json.Marshal(rs[0].Expressions[0].Value)
	if err != nil {
		return nil
	}
	var out map[string]Rate
	if json.Unmarshal(raw, &out) != nil || len(out) == 0 {
		return nil
	}
	return out
}
