package engine

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/nianbao/nianbao/parser"
)

// TestToValueMatchesJSON checks the direct conversion against OPA's own
// (which goes through JSON) on every seed.
func TestToValueMatchesJSON(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parser.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ast.InterfaceToValue(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := toValue(doc)
		if err != nil {
			t.Fatal(err)
		}
		if ast.Compare(got, want) != 0 {
			t.Errorf("%s: direct conversion differs from the JSON one", p)
		}
	}
}
