package main

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/engine"
)

func (a *app) testCmd() *cobra.Command {
	var allowUnsafe bool
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the Rego unit tests of the built-in policies and of the given policy directories",
		RunE: func(cmd *cobra.Command, dirs []string) error {
			results, err := engine.RunTests(cmd.Context(), dirs, allowUnsafe)
			if err != nil {
				return withCode(exitError, err)
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
			if err := (tester.PrettyReporter{Output: a.stdout, Verbose: true, FailureLine: true}).Report(ch); err != nil {
				return withCode(exitError, err)
			}
			if failed > 0 {
				return withCode(exitFindings, fmt.Errorf("%d of %d tests failed", failed, len(results)))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&allowUnsafe, "allow-unsafe-builtins", false, "let policies call http.send, net.* and opa.runtime")
	return cmd
}
