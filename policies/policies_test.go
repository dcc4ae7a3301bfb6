package policies_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestRego runs every _test.rego of the built-in policies and of the
// region packs, so that go test ./... runs them too.
func TestRego(t *testing.T) {
	packs, err := filepath.Glob(filepath.Join("regions", "*"))
	if err != nil || len(packs) < 2 {
		t.Fatalf("region packs: %v %v", packs, err)
	}
	results, err := engine.RunTests(context.Background(), packs, false, "")
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
