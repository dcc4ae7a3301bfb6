package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Exit codes (see docs/cli.md).
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// exitError carries an exit code out of a command.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string { return e.err.Error() }
func (e *codeError) Unwrap() error { return e.err }

// withCode wraps err so that the command exits with code.
func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &codeError{code: code, err: err}
}

// app holds what the commands share: the streams of one run.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// run executes nianbao with args and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.code == exitFindings {
			return exitFindings
		}
		fmt.Fprintln(stderr, "nianbao:", ce.err)
		return ce.code
	}
	// Cobra's own errors: unknown command or flag, wrong arguments.
	fmt.Fprintln(stderr, "nianbao:", err)
	return exitError
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "nianbao",
		Short: "Lint government information-disclosure annual reports (政府信息公开工作年度报告)",
		Long: `nianbao reads a 政府信息公开工作年度报告 — plain text, a saved web page, a Word
document or a PDF — turns it into one JSON document and checks it against
Rego policies: missing sections and contact details, tables that do not add
up, an outdated template, a late publication date, narrative numbers that
contradict the tables.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(a.lintCmd(), a.parseCmd(), a.rulesCmd(), a.testCmd(), a.initCmd(), a.versionCmd())
	return root
}
