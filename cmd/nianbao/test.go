package main

import (
	"os"
	"slices"

	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
)

func (a *app) testCmd() *cobra.Command {
	var allowUnsafe, verbose bool
	var run, cfgPath string
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the Rego unit tests of the built-in policies, of the configuration's policies and of the given policy directories",
		RunE: func(cmd *cobra.Command, dirs []string) error {
			policies, err := configPolicies(cfgPath)
			if err != nil {
				return withCode(exitError, err)
			}
			results, err := engine.RunTests(cmd.Context(), append(policies, dirs...), allowUnsafe, run)
			if err != nil {
				return withCode(exitError, err)
			}
			if len(results) == 0 {
				return withCode(exitError, l10n.New("no test matches %q", run))
			}
			ch := make(chan *tester.Result, len(results))
			failed := 0
			for _, r := range results {
				if r.Fail || r.Error != nil {
					failed++
				}
				ch <- r
			}
			close(ch)
			if err := (tester.PrettyReporter{Output: a.stdout, Verbose: verbose, FailureLine: true}).Report(ch); err != nil {
				return withCode(exitError, err)
			}
			if failed > 0 {
				return withCode(exitFindings, l10n.New("%d of %d tests failed", failed, len(results)))
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every test, passed ones too, with its print output")
	cmd.Flags().StringVar(&run, "run", "", "run only the tests whose name (data.package.test_name) matches this `REGEX`")
	cmd.Flags().StringVarP(&cfgPath, "config", "c", "", "configuration `FILE` whose policies: are tested too (default: the nearest .nianbao.yaml)")
	cmd.Flags().BoolVar(&allowUnsafe, "allow-unsafe-builtins", false, "let policies call http.send, net.* and opa.runtime")
	return cmd
}

// configPolicies returns the policy directories of the configuration at
// path, or of the nearest one from the working directory (none when there
// is no configuration).
func configPolicies(path string) ([]string, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	cfg, err := loadConfig(path, cwd)
	if err != nil {
		return nil, err
	}
	return slices.Clone(cfg.Policies), nil
}
