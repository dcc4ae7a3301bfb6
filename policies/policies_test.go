package policies_test

import (
	"context"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestRego runs every _test.rego of the built-in policies, so that
// go test ./... runs them too.
func TestRego(t *testing.T) {
	results, err := engine.RunTests(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests found")
	}
	for _, r := range results {
		name := r.Package + "." + r.Name
		switch {
		case r.Error != nil:
			t.Errorf("%s: error: %v", name, r.Error)
		case r.Fail:
			t.Errorf("%s: failed (at %v)\n%s", name, r.FailedAt, r.Output)
		}
	}
}
