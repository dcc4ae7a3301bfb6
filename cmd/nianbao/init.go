package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/policies"
)

// initConfig is the .nianbao.yaml that `nianbao init` writes.
const initConfig = `# nianbao configuration — https://github.com/nianbao/nianbao
# nianbao finds this file by walking up from the working directory;
# -c FILE names another. Flags given on the command line win over it.

# Extra policy directories, loaded next to the built-in rules.
policies: [./policies]

# JSON or YAML files made available to policies under data.
# data: [./data/region.yaml]

# Issuer kind when nianbao cannot infer it from the report's name:
# government, department or township.
# issuer-kind: department

# Language of messages: zh or en.
lang: zh

# Least severity that makes nianbao exit 1: error, warning, info or none.
fail-level: error

# Paths never linted (gitignore-style globs, relative to this file).
ignore: []

# Rule levels (off, info, warning, error) and per-rule ignores, e.g.
#   contact/incomplete: {level: off}
#   dates/published-late: {level: warning}
#   structure/government-accountability: {ignore: ["drafts/**"]}
rules: {}
`

// initPolicy names the example policy `nianbao init` copies: the region
// pack's e-mail rule and its test.
var initPolicy = []struct{ from, to string }{
	{"regions/email-and-open-day/email-required.rego", "policies/region/email-required.rego"},
	{"regions/email-and-open-day/email-required_test.rego", "policies/region/email-required_test.rego"},
}

func (a *app) initCmd() *cobra.Command {
	var force bool
	var dir string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented .nianbao.yaml and an example custom policy with its test",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			files := map[string][]byte{".nianbao.yaml": []byte(initConfig)}
			for _, p := range initPolicy {
				b, err := fs.ReadFile(policies.Regions, p.from)
				if err != nil {
					return withCode(exitError, err)
				}
				files[p.to] = b
			}
			var exists []string
			for name := range files {
				if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
					exists = append(exists, name)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return withCode(exitError, err)
				}
			}
			sort.Strings(exists)
			if len(exists) > 0 && !force {
				return withCode(exitError, l10n.New("not overwriting %s (use --force)", strings.Join(exists, ", ")))
			}
			for _, name := range []string{".nianbao.yaml", initPolicy[0].to, initPolicy[1].to} {
				path := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					return withCode(exitError, err)
				}
				if err := os.WriteFile(path, files[name], 0o644); err != nil {
					return withCode(exitError, err)
				}
				fmt.Fprintln(a.stdout, "wrote", path)
			}
			fmt.Fprintln(a.stdout, "\nnext: nianbao test policies   # run the example policy's tests")
			fmt.Fprintln(a.stdout, "      nianbao lint REPORTS...  # lint with the built-in rules and ./policies")
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite files that exist")
	cmd.Flags().StringVar(&dir, "dir", ".", "directory to write to")
	return cmd
}
