package engine

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/nianbao/nianbao/policies"
)

// TestTimeout bounds each Rego unit test.
const TestTimeout = 30 * time.Second

// RunTests runs the Rego unit tests of the built-in policies and of the
// given policy directories, which may use the built-in helper library.
func RunTests(ctx context.Context, dirs []string) ([]*tester.Result, error) {
	modules, err := LoadFS(policies.FS, builtinPrefix, true)
	if err != nil {
		return nil, err
	}
	for _, dir := range dirs {
		extra, err := LoadFS(os.DirFS(dir), dir+"/", true)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", dir, err)
		}
		for name, m := range extra {
			modules[name] = m
		}
	}
	c := ast.NewCompiler().WithEnablePrintStatements(true)
	runner := tester.NewRunner().
		SetCompiler(c).
		SetStore(inmem.New()).
		SetTimeout(TestTimeout).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true)
	ch, err := runner.Run(ctx, modules)
	if err != nil {
		return nil, fmt.Errorf("run tests: %w", err)
	}
	var results []*tester.Result
	for r := range ch {
		results = append(results, r)
	}
	return results, nil
}
