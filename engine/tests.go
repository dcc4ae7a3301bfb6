package engine

import (
	"context"
	"regexp"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/nianbao/nianbao/internal/l10n"
)

// TestTimeout bounds each Rego unit test.
const TestTimeout = 30 * time.Second

// RunTests runs the Rego unit tests of the built-in policies and of the
// given policy directories, which may use the built-in helper library.
// Policies are held to the same builtins as when linting. run, when not
// empty, is a regular expression: only the tests whose full name
// (data.package.test_name) it matches are run.
func RunTests(ctx context.Context, dirs []string, allowUnsafe bool, run string) ([]*tester.Result, error) {
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
	if run != "" {
		if _, err := regexp.Compile(run); err != nil {
			return nil, l10n.Wrap(err, "invalid --run pattern")
		}
		runner = runner.Filter(run)
	}
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return nil, l10n.Wrap(err, "run tests")
	}
	var results []*tester.Result
	for r := range ch {
		results = append(results, r)
	}
	return results, nil
}
