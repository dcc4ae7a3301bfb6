package engine_test

import (
	"context"
	"maps"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/nianbao/nianbao/engine"
)

// ruleQueries prepares, for every built-in rule, the query of its report
// alone, and converts the seed documents to input values once.
func ruleQueries(b testing.TB) (*ast.Compiler, []engine.Rule, []ast.Value) {
	b.Helper()
	c, rules, err := engine.Compile(engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var inputs []ast.Value
	for _, d := range loadSeedDocs(b) {
		v, err := ast.InterfaceToValue(d)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, v)
	}
	return c, rules, inputs
}

// sharedValues are values of the library that several rules use: a rule
// evaluated alone pays for them, the whole lint only once.
var sharedValues = []string{
	"narrative.facts", "narrative.sentences", "phrases.narrative_sentences",
	"arithmetic.row_sum", "arithmetic.balance_fails", "arithmetic.results_fails",
}

// BenchmarkRules evaluates each built-in rule's report alone on the seed
// documents, and the shared values of the library (lib/…), to find what
// costs the most:
//
//	go test -run XXX -bench BenchmarkRules ./engine/
func BenchmarkRules(b *testing.B) {
	ctx := context.Background()
	c, rules, inputs := ruleQueries(b)
	queries := map[string]string{}
	for _, r := range rules {
		queries[r.ID] = r.Package + ".report"
	}
	for _, v := range sharedValues {
		queries["lib/"+v] = "data.nianbao.lib." + v
	}
	for _, id := range slices.Sorted(maps.Keys(queries)) {
		q, err := rego.New(rego.Query(queries[id]), rego.Compiler(c)).PrepareForEval(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				for _, in := range inputs {
					if _, err := q.Eval(ctx, rego.EvalParsedInput(in)); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(inputs)), "ns/report")
		})
	}
}

// profileLines is how many expressions BenchmarkProfileRules lists per rule.
const profileLines = 10

// BenchmarkProfileRules prints OPA's profile of the expressions that take
// the most time in each rule on the seeds, and then, per rule, how many
// expressions were evaluated per report (a measure of the work that, unlike
// time, does not depend on the machine's load). Run it once:
//
//	go test -run '^$' -bench ProfileRules -benchtime 1x ./engine/
func BenchmarkProfileRules(b *testing.B) {
	for range b.N {
		profileRules(b, profileLines)
	}
}

func profileRules(t testing.TB, n int) {
	ctx := context.Background()
	c, rules, inputs := ruleQueries(t)
	queries := map[string]string{}
	for _, r := range rules {
		queries[r.ID] = r.Package + ".report"
	}
	for _, v := range sharedValues {
		queries["lib/"+v] = "data.nianbao.lib." + v
	}
	type cost struct {
		id    string
		d     time.Duration
		evals int
	}
	var costs []cost
	for _, id := range slices.Sorted(maps.Keys(queries)) {
		p := profiler.New()
		q, err := rego.New(rego.Query(queries[id]), rego.Compiler(c)).PrepareForEval(ctx)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		for _, in := range inputs {
			if _, err := q.Eval(ctx, rego.EvalParsedInput(in), rego.EvalQueryTracer(p)); err != nil {
				t.Fatal(err)
			}
		}
		evals := 0
		for _, f := range p.ReportByFile().Files {
			for _, s := range f.Result {
				evals += s.NumEval + s.NumRedo
			}
		}
		costs = append(costs, cost{id, time.Since(start) / time.Duration(len(inputs)), evals / len(inputs)})
		t.Logf("== %s", id)
		for _, s := range p.ReportTopNResults(n, []string{"total_time_ns"}) {
			t.Logf("%10s %6d evals  %s:%d  %s", time.Duration(s.ExprTimeNs), s.NumEval, s.Location.File, s.Location.Row, s.Location.Text)
		}
	}
	sort.Slice(costs, func(i, j int) bool { return costs[i].d > costs[j].d })
	for _, c := range costs {
		t.Logf("%-40s %7d expressions, %v per report (profiled)", c.id, c.evals, c.d)
	}
}
