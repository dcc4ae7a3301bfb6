package engine

import (
	"context"
	"errors"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
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

// reportRates evaluates the rates of a document (converted to OPA's
// value); nil when none can be computed or the query fails (rates are
// figures for the outputs, never findings). The result is read from OPA's
// value, as the violations are.
func (e *Engine) reportRates(ctx context.Context, input ast.Value) map[string]Rate {
	if e.rates == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, e.opts.Timeout)
	defer cancel()
	rs, err := e.rates.Eval(ctx, rego.EvalParsedInput(input), rego.EvalGenerateJSON(keepTerm))
	if err != nil || len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil
	}
	t, ok := rs[0].Expressions[0].Value.(*ast.Term)
	if !ok {
		return nil
	}
	obj, ok := t.Value.(ast.Object)
	if !ok || obj.Len() == 0 {
		return nil
	}
	out := make(map[string]Rate, obj.Len())
	err = obj.Iter(func(k, v *ast.Term) error {
		key, ok := k.Value.(ast.String)
		r, ok2 := v.Value.(ast.Object)
		if !ok || !ok2 {
			return errNotARate
		}
		var rate Rate
		var ok3 bool
		if rate.Numerator, ok3 = number(r.Get(ast.InternedTerm("numerator"))); !ok3 {
			return errNotARate
		}
		if rate.Denominator, ok3 = number(r.Get(ast.InternedTerm("denominator"))); !ok3 {
			return errNotARate
		}
		if x := r.Get(ast.InternedTerm("rate")); !isNull(x) {
			f, ok := number(x)
			if !ok {
				return errNotARate
			}
			rate.Rate = &f
		}
		out[string(key)] = rate
		return nil
	})
	if err != nil {
		return nil
	}
	return out
}

var errNotARate = errors.New("not a rate")

func isNull(t *ast.Term) bool {
	if t == nil {
		return true
	}
	_, null := t.Value.(ast.Null)
	return null
}

// number is the value of a number term, 0 for a missing or null one (as
// JSON would read it); false for anything else.
func number(t *ast.Term) (float64, bool) {
	if isNull(t) {
		return 0, true
	}
	n, ok := t.Value.(ast.Number)
	if !ok {
		return 0, false
	}
	return n.Float64()
}
