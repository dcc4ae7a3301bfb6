package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/config"
	"github.com/nianbao/nianbao/internal/l10n"
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

// app holds what the commands share: the streams of one run, and its
// language once a command has settled it.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// lang is the language of the run's messages, "" until a command
	// has read its flags and configuration.
	lang string
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
		fmt.Fprintln(stderr, "nianbao:", l10n.Text(a.errorLang(args), ce.err))
		return ce.code
	}
	// Cobra's own errors: unknown command or flag, wrong arguments.
	fmt.Fprintln(stderr, "nianbao:", l10n.Text(a.errorLang(args), cobraError(err)))
	return exitError
}

// errorLang is the language to give an error in: the run's, once a
// command has settled it; else that of a --lang flag among args; else
// that of the configuration file (-c, or the nearest); else Chinese.
func (a *app) errorLang(args []string) string {
	if a.lang != "" {
		return a.lang
	}
	for i, arg := range args {
		if v, ok := strings.CutPrefix(arg, "--lang="); ok {
			return oneOf(v)
		}
		if arg == "--lang" && i+1 < len(args) {
			return oneOf(args[i+1])
		}
	}
	for i, arg := range args {
		path, ok := strings.CutPrefix(arg, "--config=")
		if !ok && (arg == "-c" || arg == "--config") && i+1 < len(args) {
			path, ok = args[i+1], true
		}
		if ok {
			return oneOf(config.Lang(path))
		}
	}
	if cwd, err := os.Getwd(); err == nil {
		if path, err := config.Find(cwd); err == nil && path != "" {
			return oneOf(config.Lang(path))
		}
	}
	return "zh"
}

// oneOf is lang when nianbao speaks it, else Chinese.
func oneOf(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "zh"
}

// cobraErrors match the errors of cobra and pflag that a user meets, to
// give them in the run's language; their groups are the arguments of the
// message key.
var cobraErrors = []struct {
	re  *regexp.Regexp
	key string
}{
	{re: regexp.MustCompile(`^unknown flag: (\S+)$`), key: "unknown flag: %s"},
	{re: regexp.MustCompile(`^unknown shorthand flag: '(.)' in (\S+)$`), key: "unknown shorthand flag: %q in %s"},
	{re: regexp.MustCompile(`^unknown command "(.*)" for "(.*)"`), key: "unknown command %q for %q"},
	{re: regexp.MustCompile(`^flag needs an argument: '.' in (\S+)$`), key: "flag needs an argument: %s"},
	{re: regexp.MustCompile(`^flag needs an argument: (\S+)$`), key: "flag needs an argument: %s"},
	{re: regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: (.*)$`), key: "invalid argument %q for %q flag: %s"},
	{re: regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)$`), key: "requires at least %d arg(s), only received %d"},
	{re: regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`), key: "accepts %d arg(s), received %d"},
}

// cobraError returns a cobra or pflag error as an l10n error when it is
// one of cobraErrors, and err itself otherwise.
func cobraError(err error) error {
	for _, c := range cobraErrors {
		m := c.re.FindStringSubmatch(err.Error())
		if m == nil {
			continue
		}
		args := make([]any, len(m)-1)
		for i, g := range m[1:] {
			switch n, convErr := strconv.Atoi(g); {
			case convErr == nil && strings.Contains(c.key, "%d"):
				args[i] = n
			case strings.HasPrefix(g, "time: "):
				args[i] = l10n.New("not a duration: give its unit, such as 30s or 2m")
			case strings.HasSuffix(g, ": invalid syntax"):
				args[i] = l10n.New("not a valid value")
			case strings.HasSuffix(g, ": value out of range"):
				args[i] = l10n.New("out of range")
			default:
				args[i] = g
			}
		}
		return l10n.New(c.key, args...)
	}
	return err
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
	root.AddCommand(a.lintCmd(), a.baselineCmd(), a.serveCmd(), a.parseCmd(), a.rulesCmd(), a.testCmd(), a.initCmd(), a.versionCmd())
	return root
}
