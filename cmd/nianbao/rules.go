package main

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/output"
)

func (a *app) rulesCmd() *cobra.Command {
	var format, lang, cfgPath string
	var policyDirs []string
	cmd := &cobra.Command{
		Use:   "rules [--format text|json|markdown] [RULE...]",
		Short: "List every rule with its id, severity, title and basis (from the policies' METADATA), or describe the rules named",
		Long: `List every rule, the built-in ones and those of the configuration's policies
and of --policy. With RULE arguments (ids, or patterns such as dates/*),
describe those rules only, in full: title, severity, description, basis and
documentation.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			policies, err := configPolicies(cfgPath)
			if err != nil {
				return withCode(exitError, err)
			}
			_, rules, err := engine.Compile(engine.Options{PolicyDirs: append(policies, policyDirs...)})
			if err != nil {
				return withCode(exitError, err)
			}
			if len(args) == 0 {
				return withCode(exitError, output.WriteRules(a.stdout, rules, format, lang))
			}
			var picked []engine.Rule
			for _, pattern := range args {
				if err := engine.CheckRule(rules, pattern); err != nil {
					return withCode(exitError, err)
				}
				for _, r := range rules {
					if engine.MatchRule(pattern, r.ID) && !slices.ContainsFunc(picked, func(p engine.Rule) bool { return p.ID == r.ID }) {
						picked = append(picked, r)
					}
				}
			}
			if format == "text" {
				return withCode(exitError, output.DescribeRules(a.stdout, picked, lang))
			}
			return withCode(exitError, output.WriteRules(a.stdout, picked, format, lang))
		},
	}
	cmd.Flags().StringVarP(&cfgPath, "config", "c", "", "configuration `FILE` whose policies: are listed too (default: the nearest .nianbao.yaml)")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+strings.Join(output.RuleFormats, ", "))
	cmd.Flags().StringVar(&lang, "lang", "zh", "language of titles and descriptions: zh or en")
	cmd.Flags().StringArrayVarP(&policyDirs, "policy", "p", nil, "extra policy `DIR` whose rules are listed too (repeatable)")
	return cmd
}
