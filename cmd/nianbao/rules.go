package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/output"
)

func (a *app) rulesCmd() *cobra.Command {
	var format, lang string
	var policyDirs []string
	cmd := &cobra.Command{
		Use:   "rules [--format text|json|markdown]",
		Short: "List every rule with its id, severity, title and basis (from the policies' METADATA)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, rules, err := engine.Compile(engine.Options{PolicyDirs: policyDirs})
			if err != nil {
				return withCode(exitError, err)
			}
			return withCode(exitError, output.WriteRules(a.stdout, rules, format, lang))
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+strings.Join(output.RuleFormats, ", "))
	cmd.Flags().StringVar(&lang, "lang", "zh", "language of titles and descriptions: zh or en")
	cmd.Flags().StringArrayVarP(&policyDirs, "policy", "p", nil, "extra policy `DIR` whose rules are listed too (repeatable)")
	return cmd
}
