package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/hashicorp/go-multierror"
	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/config"
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/output"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/score"
)

// stdinName names standard input in diagnostics.
const stdinName = "<stdin>"

// reportExts are the files a directory is walked for. Among them .doc and
// .wps: those of a format older than Word 97, which nianbao cannot read,
// are named with their diagnostic rather than passed over in silence.
var reportExts = map[string]bool{
	".txt": true, ".md": true, ".html": true, ".htm": true, ".docx": true, ".pdf": true,
	".doc": true, ".wps": true,
	".ofd": true,
}

type lintOptions struct {
	config     string
	policies   []string
	data       []string
	format     string
	output     string
	sarifFile  string
	baseline   string // the baseline applied (--baseline)
	baselineTo string // the baseline nianbao baseline write writes, in place of any report
	outs       []string
	disable    []string
	enable     []string
	failLevel  string
	lang       string
	issuerKind string
	jobs       int
	timeout    time.Duration
	unsafe     bool
	stdinName  string
	quiet      bool
	verbose    bool
	progress   bool
	exclude    []string
	previous   string
	history    []string
	score      string
	rollup     string
}

func (a *app) lintCmd() *cobra.Command {
	cmd, _ := a.lintCommand()
	return cmd
}

// lintCommand is the lint command and the options its flags set.
func (a *app) lintCommand() (*cobra.Command, *lintOptions) {
	o := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [flags] PATH...",
		Short: "Lint reports: files, directories (walked) or - for standard input",
		Long: `Lint reports. A directory is walked for *.txt *.md *.html *.htm *.docx *.doc *.wps *.pdf *.ofd;
- reads one report from standard input.

One run can write several reports: --format/--output, plus --sarif-file
FILE and --out FORMAT=FILE (repeatable), e.g. GitHub annotations on
standard output and SARIF for code scanning:

  nianbao lint --format github --sarif-file nianbao.sarif reports/

nianbao never writes to the files it lints.

Settings come from the nearest .nianbao.yaml in the working directory or
above it (or --config); flags override it: --lang, --fail-level and
--issuer-kind replace its values, --disable and --enable apply after its
rule levels, --policy and --data add to its lists.

Exit codes: 0 no diagnostic at or above the fail level; 1 at least one;
2 nianbao could not do its job (a bad flag or configuration, an
unreadable path).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.lint(cmd, args, *o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.config, "config", "c", "", "configuration `FILE` (default: the nearest "+config.FileName+" from the working directory upwards)")
	f.StringArrayVarP(&o.policies, "policy", "p", nil, "extra policy `DIR`, added to the built-in rules (repeatable)")
	f.StringArrayVarP(&o.data, "data", "d", nil, "JSON or YAML data `FILE` made available to policies (repeatable)")
	f.StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(output.Formats(), ", "))
	f.StringVarP(&o.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	f.StringVar(&o.sarifFile, "sarif-file", "", "also write a SARIF report to `FILE` (as --out sarif=FILE)")
	f.StringArrayVar(&o.outs, "out", nil, "also write a report in `FORMAT=FILE` (repeatable)")
	f.StringVar(&o.baseline, "baseline", "", "report only the findings not in the baseline `FILE` (nianbao baseline write), and how many it lists")
	f.StringArrayVar(&o.disable, "disable", nil, "turn a rule off (repeatable; category/* allowed)")
	f.StringArrayVar(&o.enable, "enable", nil, "turn a rule on (repeatable; category/* allowed)")
	f.StringVar(&o.failLevel, "fail-level", "", "least severity that fails the run: error, warning, info or none (default: fail-level in the configuration, else error)")
	f.StringVar(&o.lang, "lang", "", "language of messages: zh or en (default: lang in the configuration, else zh)")
	f.StringVar(&o.issuerKind, "issuer-kind", "", "issuer kind, overriding what is inferred: government, department or township")
	f.IntVarP(&o.jobs, "jobs", "j", 0, "parallel workers (default: number of CPUs)")
	f.DurationVar(&o.timeout, "timeout", engine.DefaultTimeout, "time limit for evaluating the policies on one report")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print no progress bar and, in the text format, no summary line")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "in the text format, also list the files a walk passed over as no annual report, and the findings of the baseline no longer found")
	f.BoolVar(&o.progress, "progress", false, "show the progress bar on standard error even when it is no terminal (a CI log)")
	f.StringVar(&o.rollup, "rollup", "", "a YAML `FILE` mapping each aggregating body to the units whose reports it sums (region/rollup-sum, region/child-missing)")
	f.StringVar(&o.score, "score", "", "score each report with the scoring `FILE` (YAML: items of rules, points, caps; see policies/regions/assessment)")
	f.StringVar(&o.previous, "previous", "", "the previous year's report of the one `FILE` linted, read beside it (history/* rules)")
	f.StringArrayVar(&o.history, "history", nil, "a `DIR` of earlier years' reports, read to pair with the reports linted but not linted themselves (repeatable)")
	f.StringArrayVar(&o.exclude, "exclude", nil, "leave out the files and directories matching `GLOB`, relative to the working directory, as ignore: in the configuration (repeatable)")
	f.StringVar(&o.stdinName, "stdin-filename", "", "the `PATH` standard input (-) stands for: named in every output, its extension tells the format, and the configuration's ignores apply to it")
	f.BoolVar(&o.unsafe, "allow-unsafe-builtins", false, "let policies call http.send, net.* and opa.runtime (only for policies you trust)")
	return cmd, o
}

func (a *app) lint(cmd *cobra.Command, args []string, o lintOptions) error {
	ctx := cmd.Context()
	cwd, cfg, lang, err := a.settle(cmd, o)
	if err != nil {
		return withCode(exitError, err)
	}
	flags := cmd.Flags()
	failLevel, err := engine.ParseFailLevel(setting(flags.Changed("fail-level"), o.failLevel, cfg.FailLevel, "error"))
	if err != nil {
		return withCode(exitError, err)
	}
	dests, err := o.destinations(output.Env{WorkDir: cwd, StepSummary: os.Getenv("GITHUB_STEP_SUMMARY")})
	if err != nil {
		return withCode(exitError, err)
	}
	for _, d := range dests {
		if d.format == "xlsx" && d.path == "" && isTerminal(a.stdout) {
			return withCode(exitError, l10n.New("-f xlsx writes a binary workbook: give it a file with -o FILE"))
		}
	}
	known, err := loadBaseline(o.baseline)
	if err != nil {
		return withCode(exitError, err)
	}
	// The review page shows each report as it was read.
	keep := slices.ContainsFunc(dests, func(d destination) bool { return d.format == "html" })
	eng, err := o.engine(ctx, cfg, lang, keep)
	if err != nil {
		return withCode(exitError, err)
	}
	exclude, err := config.NewPatterns(cwd, o.exclude)
	if err != nil {
		return withCode(exitError, l10n.Wrap(err, "%s", "--exclude"))
	}
	ignored := func(path string, isDir bool) bool {
		return cfg.Ignored(path, isDir) || exclude.Match(path, isDir)
	}
	sources, walked, walkErr := a.collect(args, ignored)
	if o.stdinName != "" {
		for i := range sources {
			if sources[i].Path == stdinName {
				sources[i].Path = o.stdinName
			}
		}
	}
	var scheme *score.Scheme
	if o.score != "" {
		if scheme, err = score.Load(o.score); err != nil {
			return withCode(exitError, err)
		}
		if err := scheme.CheckRules(eng.Rules()); err != nil {
			return withCode(exitError, l10n.Wrap(err, "%s", o.score))
		}
	}
	if err := checkDestinations(dests, sources); err != nil {
		return withCode(exitError, err)
	}
	rollup, err := a.previous(sources, o)
	if err != nil {
		return withCode(exitError, err)
	}
	if len(sources) == 0 {
		return withCode(exitError, multierror.Append(walkErr, l10n.New("no report found to lint in %s: directories are walked for .txt, .md, .html, .htm, .docx, .doc, .wps, .pdf and .ofd files", strings.Join(args, " "))))
	}
	bar := a.progress(len(sources), lang, o.quiet, o.progress)
	results, lintErr := eng.LintAllProgress(ctx, sources, o.jobs, bar.done)
	bar.finish()
	again, err := a.pair(ctx, sources, results, o, rollup, ignored)
	if err != nil {
		return withCode(exitError, err)
	}
	if len(again) > 0 {
		// The reports with a previous year or units: linted again, beside them.
		sub := make([]engine.Source, len(again))
		for k, i := range again {
			sub[k] = sources[i]
		}
		rs, err := eng.LintAll(ctx, sub, o.jobs)
		for k, i := range again {
			results[i] = rs[k]
		}
		lintErr = multierror.Append(lintErr, err).ErrorOrNil()
	}
	results, skipped := skipNonReports(results, walked)
	for i := range results {
		drop(&results[i], cfg)
	}
	if len(results) == 0 && lintErr == nil {
		return withCode(exitError, multierror.Append(walkErr, l10n.New("no report found to lint in %s: the %d files found are not annual reports", strings.Join(args, " "), len(skipped))))
	}

	res := &output.Result{Version: nianbaoVersion(), Lang: lang, Files: results, FailLevel: failLevel, Skipped: skipped, Quiet: o.quiet, Verbose: o.verbose, Scheme: scheme}
	for _, r := range eng.Rules() {
		if eng.Enabled(r.ID) {
			res.Rules = append(res.Rules, r)
		}
	}
	if known != nil {
		left := known.Apply(res.Files, eng.Enabled)
		res.Baseline = &left
	}
	if err := a.write(dests, res); err != nil {
		return withCode(exitError, err)
	}
	if err := multierror.Append(walkErr, lintErr).ErrorOrNil(); err != nil {
		return withCode(exitError, err)
	}
	if res.Failed() {
		return withCode(exitFindings, errFindings)
	}
	return nil
}

// previous gives the one report linted the report --previous names, read
// beside it, and reads the --rollup file; both before linting, so that a
// mistake in them stops the run at once.
func (a *app) previous(sources []engine.Source, o lintOptions) (rollup map[string][]string, err error) {
	if o.previous != "" {
		if len(sources) != 1 {
			return nil, l10n.New("--previous goes with one report to lint, not %d", len(sources))
		}
		if _, err := os.Stat(o.previous); err != nil {
			return nil, err
		}
		prev := a.source(o.previous)
		sources[0].Previous = &prev
	}
	if o.rollup != "" {
		return engine.LoadRollup(o.rollup)
	}
	return nil, nil
}

// pair gives each report linted the same issuer's report of the year
// before, found among the reports linted and those in the --history
// directories (read, not linted), and, with a roll-up, the reports of its
// units; it returns the indexes of the sources so given something, which
// are to be linted again. The reports linted are known by what their
// first lint read (results), so a report is parsed again only when it has
// something to be read beside; the --history ones are parsed for their
// issuer and year. Standard input is read once, and paired with nothing.
func (a *app) pair(ctx context.Context, sources []engine.Source, results []engine.FileResult, o lintOptions, rollup map[string][]string, ignored func(string, bool) bool) ([]int, error) {
	if o.previous != "" || len(sources) < 2 && len(o.history) == 0 {
		return nil, nil
	}
	earlier, _, err := a.collect(o.history, ignored)
	if err != nil {
		return nil, l10n.Wrap(err, "%s", "--history")
	}
	ids := make([]engine.Identity, 0, len(sources)+len(earlier))
	for i, s := range sources {
		id := engine.IdentityOf(results[i].Report)
		if s.Path == stdinName || s.Path == o.stdinName {
			id = engine.Identity{}
		}
		ids = append(ids, id)
	}
	ids = append(ids, engine.Identify(ctx, earlier, o.jobs)...)
	candidates := append(slices.Clone(sources), earlier...)
	for i, j := range engine.Pair(ids) {
		if i < len(sources) && j >= 0 {
			prev := candidates[j]
			sources[i].Previous = &prev
		}
	}
	if rollup != nil {
		engine.Rollup(sources, ids[:len(sources)], rollup)
	}
	var again []int
	for i, s := range sources {
		if s.Previous != nil || len(s.Children) > 0 || len(s.ChildrenMissing) > 0 {
			again = append(again, i)
		}
	}
	return again, nil
}

// engine compiles the policies for a run: the configuration's settings
// and the flags'. keep keeps the documents (for the review page).
func (o lintOptions) engine(ctx context.Context, cfg *config.Config, lang string, keep bool) (*engine.Engine, error) {
	switch o.issuerKind {
	case "", "government", "department", "township":
	default:
		return nil, l10n.New("invalid issuer kind %q: use government, department or township", o.issuerKind)
	}
	eng, err := engine.New(ctx, engine.Options{
		Lang:                lang,
		Levels:              cfg.Levels(),
		Disable:             o.disable,
		Enable:              o.enable,
		IssuerKindOverride:  o.issuerKind,
		IssuerKindDefault:   cfg.IssuerKind,
		PolicyDirs:          append(slices.Clone(cfg.Policies), o.policies...),
		DataFiles:           append(slices.Clone(cfg.Data), o.data...),
		Timeout:             o.timeout,
		AllowUnsafeBuiltins: o.unsafe,
		KeepDocuments:       keep,
	})
	if err != nil {
		return nil, cfg.Locate(err)
	}
	if err := cfg.CheckRules(eng.Rules()); err != nil {
		return nil, err
	}
	return eng, nil
}

// settle reads what a command over reports starts from: the working
// directory, the configuration (-c, else the nearest) and the run's
// language (--lang, else the configuration's, else Chinese), which its
// errors are given in from then on.
func (a *app) settle(cmd *cobra.Command, o lintOptions) (cwd string, cfg *config.Config, lang string, err error) {
	if cwd, err = os.Getwd(); err != nil {
		return "", nil, "", err
	}
	if cfg, err = loadConfig(o.config, cwd); err != nil {
		return "", nil, "", err
	}
	lang = setting(cmd.Flags().Changed("lang"), o.lang, cfg.Lang, "zh")
	a.lang = oneOf(lang)
	return cwd, cfg, lang, nil
}

// setting returns a flag's value when it was given, else the configured
// value, else the default.
func setting(flagSet bool, flag, configured, def string) string {
	switch {
	case flagSet:
		return flag
	case configured != "":
		return configured
	}
	return def
}

// loadConfig reads the configuration file: path when given, else the
// nearest .nianbao.yaml from the working directory upwards, else none (an
// empty configuration). Its policy directories and data files must exist.
func loadConfig(path, cwd string) (*config.Config, error) {
	name := path
	if path == "" {
		found, err := config.Find(cwd)
		if err != nil || found == "" {
			return &config.Config{}, err
		}
		path, name = found, found
		if rel, err := filepath.Rel(cwd, found); err == nil && filepath.IsLocal(rel) {
			name = rel
		}
	}
	cfg, err := config.Load(path, name)
	if err != nil {
		return nil, err
	}
	if err := cfg.CheckPaths(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// drop removes the diagnostics of rules that the configuration ignores
// for the file.
func drop(r *engine.FileResult, cfg *config.Config) {
	if r.Path == stdinName {
		return
	}
	r.Diagnostics = slices.DeleteFunc(r.Diagnostics, func(d engine.Diagnostic) bool {
		return cfg.Suppressed(d.Rule, r.Path)
	})
}

var errFindings = errors.New("diagnostics at or above the fail level")

// destination is one report a run writes.
type destination struct {
	format string
	// path is the file written, "" for standard output.
	path      string
	formatter output.Formatter
}

// destinations returns the reports to write: --format to --output (or
// standard output), then --sarif-file, then every --out FORMAT=FILE.
func (o lintOptions) destinations(env output.Env) ([]destination, error) {
	if o.baselineTo != "" {
		return o.baselineDestination()
	}
	dests := []destination{{format: o.format, path: o.output}}
	if o.sarifFile != "" {
		dests = append(dests, destination{format: "sarif", path: o.sarifFile})
	}
	for _, spec := range o.outs {
		format, path, ok := strings.Cut(spec, "=")
		if !ok || format == "" || path == "" {
			return nil, l10n.New("--out %q: want FORMAT=FILE, such as sarif=nianbao.sarif", spec)
		}
		dests = append(dests, destination{format: format, path: path})
	}
	written := map[string]bool{}
	for i := range dests {
		d := &dests[i]
		f, err := output.Get(d.format, env)
		if err != nil {
			return nil, err
		}
		d.formatter = f
		if d.path == "" {
			continue
		}
		abs, err := filepath.Abs(d.path)
		if err != nil {
			return nil, err
		}
		if written[abs] {
			return nil, l10n.New("%s: two reports would be written to this file", d.path)
		}
		written[abs] = true
	}
	return dests, nil
}

// checkDestinations refuses to write a report over a file being linted.
func checkDestinations(dests []destination, sources []engine.Source) error {
	for _, d := range dests {
		if d.path == "" {
			continue
		}
		out, err := os.Stat(d.path)
		if err != nil {
			continue // written afresh
		}
		for _, s := range sources {
			if s.Path == stdinName {
				continue
			}
			if in, err := os.Stat(s.Path); err == nil && os.SameFile(out, in) {
				return l10n.New("%s is among the files linted: nianbao does not write to its input; write the report elsewhere", d.path)
			}
		}
	}
	return nil
}

// write writes every report; it goes on after a failure and returns all
// errors.
func (a *app) write(dests []destination, res *output.Result) error {
	var errs []error
	for _, d := range dests {
		if err := a.writeOutput(d.path, d.formatter, res); err != nil {
			errs = append(errs, l10n.Wrap(err, "%s report", d.format))
		}
	}
	return errors.Join(errs...)
}

// writeOutput writes the result to path, or to standard output for "".
func (a *app) writeOutput(path string, f output.Formatter, res *output.Result) error {
	if path == "" {
		return f.Format(a.stdout, res)
	}
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := f.Format(file, res); err != nil {
		file.Close()
		return l10n.Wrap(err, "write %s", path)
	}
	return file.Close()
}

// collect turns the arguments into sources: files as given, directories
// walked for report files (hidden directories skipped), "-" for standard
// input. Paths ignored (by the configuration or --exclude) are left out,
// whether named or found. A path that does not exist is a source whose reading fails, so
// that it is reported as a failed file; errors met while walking a
// directory are returned, and the other files are still linted.
func (a *app) collect(args []string, ignored func(path string, isDir bool) bool) ([]engine.Source, map[string]bool, error) {
	var sources []engine.Source
	walked := map[string]bool{}
	var errs *multierror.Error
	stdinUsed := false
	for _, arg := range args {
		if arg == "-" {
			if stdinUsed {
				errs = multierror.Append(errs, l10n.New("- (standard input) given more than once"))
				continue
			}
			stdinUsed = true
			sources = append(sources, a.source(arg))
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			// A path that cannot be read is a file that failed: it stands
			// in every output, not only on standard error.
			sources = append(sources, engine.Source{Path: arg, Read: func() ([]byte, error) { return nil, err }})
			continue
		}
		if ignored(arg, info.IsDir()) {
			continue
		}
		if !info.IsDir() {
			sources = append(sources, a.source(arg))
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = multierror.Append(errs, err)
				return nil
			}
			if d.IsDir() {
				if p != arg && (strings.HasPrefix(d.Name(), ".") || ignored(p, true)) {
					return filepath.SkipDir
				}
				return nil
			}
			if reportExts[strings.ToLower(filepath.Ext(p))] && !ignored(p, false) && !isOwnOutput(p) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			errs = multierror.Append(errs, err)
		}
		sort.Strings(found)
		for _, p := range found {
			sources = append(sources, a.source(p))
			walked[p] = true
		}
	}
	return sources, walked, errs.ErrorOrNil()
}

// isOwnOutput reports whether a file found in a walk is a page nianbao
// wrote (its generator meta tag): no report, and not linted. (A
// destination of this run that is some other file is still refused:
// nianbao never writes over what it lints.)
func isOwnOutput(p string) bool {
	if ext := strings.ToLower(filepath.Ext(p)); ext != ".html" && ext != ".htm" {
		return false
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 2048)
	n, _ := io.ReadFull(f, head)
	return bytes.Contains(head[:n], []byte(output.GeneratorMeta))
}

// skipNonReports leaves out the files found by walking a directory that
// were read but are no annual report (a README, a notice): a walk finds
// every text file, and only the reports among them are linted. A file
// named on the command line is always kept, and so is one that could not
// be read (binary, damaged, legacy Word) or is empty: it may be a report
// nianbao cannot read. It returns the files kept and those left out.
func skipNonReports(results []engine.FileResult, walked map[string]bool) ([]engine.FileResult, []string) {
	kept := results[:0:0]
	var skipped []string
	for _, r := range results {
		if walked[r.Path] && notAReport(r) {
			skipped = append(skipped, r.Path)
			continue
		}
		kept = append(kept, r)
	}
	return kept, skipped
}

// notAReport holds for a file read as text, HTML, Word or PDF whose only
// diagnostic is parse/unrecognized, and that is not empty.
func notAReport(r engine.FileResult) bool {
	if r.Format == "" || r.Failed() || len(r.Diagnostics) != 1 || r.Diagnostics[0].Rule != "parse/unrecognized" {
		return false
	}
	info, err := os.Stat(r.Path)
	return err == nil && info.Size() > 0 && !blank(r.Path)
}

// blank reports whether the file at path holds only white space (read up
// to its first 4 KB: more is no blank file).
func blank(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return len(bytes.TrimSpace(head[:n])) == 0 && n < len(head)
}

// source is a file to read, or standard input for "-".
func (a *app) source(path string) engine.Source {
	if path == "-" {
		return engine.Source{Path: stdinName, Read: func() ([]byte, error) { return readLimited(a.stdin) }}
	}
	return engine.Source{Path: path, Read: func() ([]byte, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return readLimited(f)
	}}
}

// readLimited reads at most parser.DefaultMaxBytes+1 bytes: enough for the
// parser to tell that a file is too large.
func readLimited(r io.Reader) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, parser.DefaultMaxBytes+1))
}
