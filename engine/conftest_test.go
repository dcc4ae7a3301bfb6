package engine_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/policies"
)

// TestConftestEntrypoint evaluates data.nianbao.main.deny and warn the way
// opa eval or conftest do: the policies as plain Rego, no configuration, the
// output of nianbao parse as JSON input.
func TestConftestEntrypoint(t *testing.T) {
	data, err := os.ReadFile(seed003)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(seed003, data)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var input any
	if err := json.Unmarshal(raw, &input); err != nil {
		t.Fatal(err)
	}
	modules, err := engine.LoadFS(policies.FS, "", false)
	if err != nil {
		t.Fatal(err)
	}
	opts := []func(*rego.Rego){rego.Query("deny := data.nianbao.main.deny; warn := data.nianbao.main.warn"), rego.Input(input)}
	for _, m := range modules {
		opts = append(opts, rego.ParsedModule(m))
	}
	rs, err := rego.New(opts...).Eval(context.Background())
	if err != nil || len(rs) != 1 {
		t.Fatalf("eval: %v %v", rs, err)
	}
	deny := strings.Join(toStrings(rs[0].Bindings["deny"]), "\n")
	warn := strings.Join(toStrings(rs[0].Bindings["warn"]), "\n")
	for _, want := range []string{"[structure/title-missing]", "[structure/section-missing]"} {
		if !strings.Contains(deny, want) {
			t.Errorf("deny lacks %s:\n%s", want, deny)
		}
	}
	for _, want := range []string{"[contact/missing]", "[dates/period-missing]", "[dates/published-missing]"} {
		if !strings.Contains(warn, want) {
			t.Errorf("warn lacks %s:\n%s", want, warn)
		}
	}
	if !strings.Contains(deny, "缺少章节“一、总体情况”") {
		t.Errorf("deny messages are not the rendered Chinese messages:\n%s", deny)
	}
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}
