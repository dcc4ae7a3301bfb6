package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/nianbao/nianbao/baseline"
	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/output"
)

func (a *app) baselineCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline",
		Short: "Baselines: the findings known, so that lint --baseline reports only the new ones",
		Long: `A baseline lists the findings of a run, each by a fingerprint that does
not change when lines move: rule, report (issuer and year) and place in
it (a table's row and column, a section, a sentence). nianbao lint
--baseline FILE reports only the findings not in it and counts the
others; -v lists the entries no longer found as fixed. An entry is open
(known, to be followed up) or dismissed (accepted, with a reason).`,
	}
	cmd.AddCommand(a.baselineWriteCmd())
	return cmd
}

// baselineSkips are the flags of lint that baseline write has not: it
// writes no report and fails on no finding.
var baselineSkips = map[string]bool{
	"format": true, "output": true, "sarif-file": true, "out": true,
	"baseline": true, "fail-level": true, "score": true,
}

func (a *app) baselineWriteCmd() *cobra.Command {
	lint, o := a.lintCommand()
	cmd := &cobra.Command{
		Use:   "write [lint flags] PATH... -o FILE",
		Short: "Write a baseline of the findings of the reports linted",
		Long: `Lint the reports as nianbao lint does (the same flags and configuration)
and write every finding to the baseline FILE, each entry open. When FILE
is a baseline already, an entry still found keeps its status and reason,
and the entries of reports not linted in this run are kept.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.baselineWrite(cmd, args, *o)
		},
	}
	lint.Flags().VisitAll(func(f *pflag.Flag) {
		if !baselineSkips[f.Name] {
			cmd.Flags().AddFlag(f)
		}
	})
	cmd.Flags().StringVarP(&o.baselineTo, "output", "o", "", "the baseline `FILE` to write (required)")
	return cmd
}

// baselineWrite lints the reports and writes their baseline.
func (a *app) baselineWrite(cmd *cobra.Command, args []string, o lintOptions) error {
	if o.baselineTo == "" {
		return withCode(exitError, l10n.New("baseline write needs -o FILE: the baseline to write"))
	}
	err := a.lint(cmd, args, o)
	if errors.Is(err, errFindings) {
		err = nil
	}
	if b, lerr := baseline.Load(o.baselineTo); lerr == nil && !o.quiet {
		fmt.Fprintln(a.stdout, l10n.Sprintf(a.lang, "%s: %d findings in the baseline", o.baselineTo, len(b.Entries)))
	}
	return err
}

// baselineDestination is what baseline write writes: the baseline, over
// the one at that path when there is one.
func (o lintOptions) baselineDestination() ([]destination, error) {
	var previous *baseline.Baseline
	if _, err := os.Stat(o.baselineTo); err == nil {
		if previous, err = baseline.Load(o.baselineTo); err != nil {
			return nil, err
		}
	}
	return []destination{{format: "baseline", path: o.baselineTo, formatter: baselineWriter{previous: previous}}}, nil
}

// baselineWriter writes the baseline of a run.
type baselineWriter struct {
	previous *baseline.Baseline
}

// Format implements output.Formatter.
func (w baselineWriter) Format(out io.Writer, r *output.Result) error {
	return baseline.New(r.SortedFiles(), w.previous).Write(out, r.Lang)
}

// loadBaseline reads the baseline at path, or none for "".
func loadBaseline(path string) (*baseline.Baseline, error) {
	if path == "" {
		return nil, nil
	}
	b, err := baseline.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, l10n.New("--baseline %s: no such file (nianbao baseline write -o %s writes one)", path, path)
	}
	return b, err
}
