package engine

import (
	"context"
	"fmt"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestTimeout bounds each Rego unit test.
const TestTimeout = 30 * time.Second

// RunTests runs the Rego unit tests of the built-in policies and of the
// given policy directories, which may use the built-in helper library.
// Policies are held to the same builtins as when linting.
func RunTests(ctx context.Context, dirs []string, allowUnsafe bool) ([]*tester.Result, error) {
	modules, _, err := loadModules(dirs, true, allowUnsafe)
	if err != nil {
		return nil, err
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
