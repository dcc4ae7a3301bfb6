package engine

import (
	"context"
	"fmt"
	"strings"
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
// Policies are held to the same builtins as when linting.
func RunTests(ctx context.Context, dirs []string, allowUnsafe bool) ([]*tester.Result, error) {
	modules, err := LoadFS(policies.FS, builtinPrefix, true)
	if err != nil {
		return nil, err
	}
	custom := map[string]*ast.Module{}
	for _, dir := range dirs {
		extra, err := loadPolicyDir(dir, true)
		if err != nil {
			return nil, err
		}
		for name, m := range extra {
			modules[name], custom[name] = m, m
		}
	}
	if !allowUnsafe {
		if err := checkUnsafe(custom); err != nil {
			return nil, err
		}
	}
	agg, _, err := customAggregator(withoutTests(custom))
	if err != nil {
		return nil, err
	}
	if agg != nil {
		modules["generated:nianbao/custom.rego"] = agg
	}
	c := ast.NewCompiler().WithEnablePrintStatements(true).WithCapabilities(capabilities(allowUnsafe))
	store := inmem.New()
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)
	runner := tester.NewRunner().
		SetCompiler(c).
		SetStore(store).
		SetModules(modules).
		SetTimeout(TestTimeout).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true)
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return nil, fmt.Errorf("run tests: %w", err)
	}
	var results []*tester.Result
	for r := range ch {
		results = append(results, r)
	}
	return results, nil
}

// withoutTests drops the test modules (a test package is not a policy).
func withoutTests(modules map[string]*ast.Module) map[string]*ast.Module {
	out := map[string]*ast.Module{}
	for name, m := range modules {
		if !strings.HasSuffix(name, "_test.rego") {
			out[name] = m
		}
	}
	return out
}
