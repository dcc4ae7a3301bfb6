// Package engine evaluates report documents against nianbao's Rego
// policies: it loads the built-in policies (and any extra ones), compiles
// them once, prepares their queries, and evaluates documents in parallel,
// turning every violation into a located diagnostic.
package engine

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/go-multierror"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"golang.org/x/sync/errgroup"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// Query is the entrypoint nianbao evaluates.
const Query = "data.nianbao.main.report"

// The queries of the built-in and of the custom rules, evaluated apart
// when there are custom policies, each within its own time limit, so that
// a slow or failing custom policy never costs a file its built-in
// diagnostics.
const (
	BuiltinQuery = "data.nianbao.main.builtin_report"
	CustomQuery  = "data.nianbao.main.custom_report"
)

// builtinPrefix names the modules of the built-in policies.
const builtinPrefix = "builtin:"

// Options configure an Engine.
type Options struct {
	// Lang is the language of messages: "zh" (default) or "en".
	Lang string
	// Levels sets rule levels by id or pattern ("off", "info", "warning",
	// "error"), as a configuration file does.
	Levels map[string]string
	// Disable and Enable turn rules off and back on by id or pattern
	// ("category/*"); they apply after Levels.
	Disable []string
	Enable  []string
	// IssuerKindOverride replaces the inferred issuer kind (--issuer-kind);
	// IssuerKindDefault applies when it cannot be inferred.
	IssuerKindOverride string
	IssuerKindDefault  string
	// PolicyDirs are extra policy directories loaded next to the built-in
	// policies (--policy, policies: in .nianbao.yaml).
	PolicyDirs []string
	// DataFiles are JSON or YAML files made available to policies (--data,
	// data: in .nianbao.yaml), merged at the data root.
	DataFiles []string
	// AllowUnsafeBuiltins lets policies call UnsafeBuiltins.
	AllowUnsafeBuiltins bool
	// Timeout bounds the evaluation of one document (DefaultTimeout when
	// zero).
	Timeout time.Duration
	// KeepDocuments keeps each file's document in its FileResult, for a
	// formatter that shows the report itself (the html review page);
	// otherwise documents are dropped once linted.
	KeepDocuments bool
}

// Engine lints report documents. It is safe for concurrent use.
type Engine struct {
	opts Options
	// levels is the resolved level of every rule that does not keep its
	// default severity.
	levels map[string]string
	rules  []Rule
	byID   map[string]Rule
	// builtin evaluates the built-in rules; custom, when there are
	// custom policies, the custom ones.
	builtin rego.PreparedEvalQuery
	custom  *rego.PreparedEvalQuery
	// rates evaluates the rates of a report (rates.go).
	rates *rego.PreparedEvalQuery
}

// DefaultTimeout bounds the evaluation of one document.
const DefaultTimeout = 10 * time.Second

// Compile parses and compiles the built-in policies and those of
// opts.PolicyDirs (without their tests), and returns the compiler and the
// rules they declare. Custom rule ids may not collide with built-in ones,
// and custom policies may not call UnsafeBuiltins unless
// opts.AllowUnsafeBuiltins.
func Compile(opts Options) (*ast.Compiler, []Rule, error) {
	modules, minimal, err := loadModules(opts.PolicyDirs, false, opts.AllowUnsafeBuiltins)
	if err != nil {
		return nil, nil, err
	}
	c := ast.NewCompiler().WithCapabilities(capabilities(opts.AllowUnsafeBuiltins))
	c.Compile(modules)
	if c.Failed() {
		return nil, nil, l10n.Wrap(c.Errors, "compile policies")
	}
	rules, err := rulesFrom(c, func(file string) bool { return strings.HasPrefix(file, builtinPrefix) })
	if err != nil {
		return nil, nil, err
	}
	for _, r := range minimal {
		if err := CheckRule(rules, r.ID); err == nil {
			return nil, nil, l10n.New("custom policy package %s collides with rule %s", r.Package, r.ID)
		}
		rules = append(rules, r)
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	return c, rules, nil
}

// New compiles the policies and prepares the query.
func New(ctx context.Context, opts Options) (*Engine, error) {
	if opts.Lang == "" {
		opts.Lang = "zh"
	}
	if opts.Lang != "zh" && opts.Lang != "en" {
		return nil, l10n.New("invalid language %q: use zh or en", opts.Lang)
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	c, rules, err := Compile(opts)
	if err != nil {
		return nil, err
	}
	e := &Engine{opts: opts, rules: rules, byID: map[string]Rule{}}
	for _, r := range rules {
		e.byID[r.ID] = r
	}
	e.levels, err = Levels(rules, opts.Levels, opts.Disable, opts.Enable)
	if err != nil {
		return nil, err
	}
	levels := map[string]any{}
	for id, lvl := range e.levels {
		levels[id] = lvl
	}
	data, err := loadData(opts.DataFiles)
	if err != nil {
		return nil, err
	}
	builtin, custom, hasCustom := rulePackages(c)
	builtin, custom = e.enabledPackages(builtin), e.enabledPackages(custom)
	data["nianbao"] = map[string]any{"config": map[string]any{
		"lang":                 opts.Lang,
		"levels":               levels,
		"issuer_kind_override": opts.IssuerKindOverride,
		"issuer_kind_default":  opts.IssuerKindDefault,
		"builtin_packages":     builtin,
		"custom_packages":      custom,
	}}
	store := inmem.NewFromObject(data)
	prepare := func(query string) (rego.PreparedEvalQuery, error) {
		q, err := rego.New(rego.Query(query), rego.Compiler(c), rego.Store(store)).PrepareForEval(ctx)
		if err != nil {
			return q, fmt.Errorf("prepare %s: %w", query, err)
		}
		return q, nil
	}
	// The built-in rules are evaluated through the packages listed in
	// builtin_packages, which are only those of the rules that are on:
	// a rule turned off costs nothing.
	if e.builtin, err = prepare(BuiltinQuery); err != nil {
		return nil, err
	}
	if q, err := prepare(RatesQuery); err == nil {
		e.rates = &q
	}
	if !hasCustom {
		return e, nil
	}
	q, err := prepare(CustomQuery)
	if err != nil {
		return nil, err
	}
	e.custom = &q
	return e, nil
}

// rulePackages lists the packages of the rules under data.nianbao.rules
// as [category, name] pairs, built-in and custom apart, and reports
// whether there is any custom policy (a rule package, or a module under
// data.nianbao.custom).
func rulePackages(c *ast.Compiler) (builtin, custom []any, hasCustom bool) {
	seen := map[string]bool{}
	for name, m := range c.Modules {
		isBuiltin := strings.HasPrefix(name, builtinPrefix)
		path := m.Package.Path
		if !isBuiltin && len(path) >= 3 && path[1].Value.Compare(ast.String("nianbao")) == 0 && path[2].Value.Compare(ast.String("custom")) == 0 {
			hasCustom = true
		}
		if len(path) != 5 || path[1].Value.Compare(ast.String("nianbao")) != 0 || path[2].Value.Compare(ast.String("rules")) != 0 {
			continue
		}
		cat, ok1 := path[3].Value.(ast.String)
		rule, ok2 := path[4].Value.(ast.String)
		if !ok1 || !ok2 || strings.HasSuffix(string(rule), "_test") {
			continue
		}
		key := string(cat) + "/" + string(rule)
		if seen[key] {
			continue
		}
		seen[key] = true
		pair := []any{string(cat), string(rule)}
		if isBuiltin {
			builtin = append(builtin, pair)
		} else {
			custom = append(custom, pair)
			hasCustom = true
		}
	}
	return builtin, custom, hasCustom
}

// enabledPackages keeps the packages of pkgs ([category, name] pairs)
// that declare no rule or a rule that is on. parse/unrecognized is always
// kept: a file it finds to be no report gets no other diagnostic, also
// when it is off.
func (e *Engine) enabledPackages(pkgs []any) []any {
	byPackage := map[string]string{}
	for _, r := range e.rules {
		byPackage[r.Package] = r.ID
	}
	var out []any
	for _, p := range pkgs {
		pair := p.([]any)
		ref := ast.MustParseRef("data.nianbao.rules").Append(ast.StringTerm(pair[0].(string))).Append(ast.StringTerm(pair[1].(string)))
		id, ok := byPackage[ref.String()]
		if ok && id != "parse/unrecognized" && !e.Enabled(id) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// Rules returns every rule, sorted by id.
func (e *Engine) Rules() []Rule { return e.rules }

// Enabled reports whether a rule is on under the engine's levels.
func (e *Engine) Enabled(id string) bool { return e.levels[id] != "off" }

// LoadFS parses the .rego files under fsys, naming each module prefix+path;
// _test.rego files are included only when tests is true.
func LoadFS(fsys fs.FS, prefix string, tests bool) (map[string]*ast.Module, error) {
	modules := map[string]*ast.Module{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".rego" {
			return err
		}
		if strings.HasSuffix(p, "_test.rego") && !tests {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name := prefix + p
		m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			return l10n.Wrap(err, "parse %s", name)
		}
		modules[name] = m
		return nil
	})
	return modules, err
}

// violation is a diagnostic as the policies return it.
type violation struct {
	Rule     string     `json:"rule"`
	Title    string     `json:"title"`
	Category string     `json:"category"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Basis    string     `json:"basis"`
	Location report.Loc `json:"location"`
	Related  []Related  `json:"related"`
}

// Lint evaluates one document and returns its diagnostics, sorted by
// position. When a custom policy fails or times out, the built-in
// diagnostics are still returned, with the error.
func (e *Engine) Lint(ctx context.Context, doc *report.Document) ([]Diagnostic, error) {
	return e.lint(ctx, doc, toValue(doc))
}

// lint is Lint on the document already converted to OPA's value, which
// the rates and the rules of a file share.
func (e *Engine) lint(ctx context.Context, doc *report.Document, input ast.Value) ([]Diagnostic, error) {
	vs, err := e.eval(ctx, e.builtin, input)
	if err != nil {
		return nil, err
	}
	if e.custom != nil && !slices.ContainsFunc(vs, func(v violation) bool { return v.Rule == "parse/unrecognized" }) {
		cvs, cerr := e.eval(ctx, *e.custom, input)
		vs = append(vs, cvs...)
		err = l10n.Wrap(cerr, "custom policies")
	}
	out := make([]Diagnostic, 0, len(vs))
	for _, v := range vs {
		out = append(out, e.diagnostic(v, doc.Source.Path))
	}
	sortDiagnostics(out)
	Fingerprints(out, doc, doc.Source.Path, e.opts.Lang)
	return out, err
}

// eval runs one prepared query on input within the engine's time limit.
func (e *Engine) eval(ctx context.Context, q rego.PreparedEvalQuery, input ast.Value) ([]violation, error) {
	ctx, cancel := context.WithTimeout(ctx, e.opts.Timeout)
	defer cancel()
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input), rego.EvalGenerateJSON(keepTerm))
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			err = l10n.New("%v (%s): a policy may be looping over a large input", ErrTimeout, e.opts.Timeout)
		} else {
			err = l10n.Wrap(err, "evaluate policies")
		}
		return nil, err
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	t, ok := rs[0].Expressions[0].Value.(*ast.Term)
	if !ok {
		return nil, fmt.Errorf("read results: %T is not a term", rs[0].Expressions[0].Value)
	}
	vs, err := violations(t.Value)
	if err != nil {
		return nil, fmt.Errorf("read results: %w", err)
	}
	return vs, nil
}

// keepTerm leaves a result as OPA's term, which violations reads
// directly, instead of converting it to Go values that JSON would then
// have to carry into violations.
func keepTerm(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil }

func (e *Engine) diagnostic(v violation, file string) Diagnostic {
	d := Diagnostic{
		Rule: v.Rule, Severity: v.Severity, Message: v.Message, Basis: v.Basis,
		Title: v.Title, Category: v.Category,
		Location: Location{Path: file, Loc: v.Location},
		Related:  v.Related,
	}
	if r, ok := e.byID[v.Rule]; ok {
		d.Docs = r.Docs
	}
	return d
}

// unreadable returns the parse/unrecognized diagnostic of a file that could
// not be read as a report: the kind of problem in the configured language
// (the parser's own words, {detail}, are English: a custom message may
// add them; nianbao parse prints them too).
func (e *Engine) unreadable(path string, ie *parser.InputError) Diagnostic {
	r := e.byID["parse/unrecognized"]
	reason := ie.Reason
	if reasons, ok := r.custom["reasons"].(map[string]any); ok {
		if m, ok := reasons[ie.Kind].(map[string]any); ok {
			if s, ok := m[e.opts.Lang].(string); ok {
				reason = s
			}
		}
	}
	msg := strings.NewReplacer("{reason}", reason, "{detail}", ie.Reason).Replace(r.message("message_unreadable", e.opts.Lang))
	lvl := e.levels[r.ID]
	sev := r.Severity
	if lvl != "" && lvl != "off" {
		sev = Severity(lvl)
	}
	return Diagnostic{
		Rule: r.ID, Severity: sev, Message: msg, Basis: r.Basis, Docs: r.Docs,
		Title: r.TitleIn(e.opts.Lang), Category: r.Category,
		Location: Location{Path: path, Loc: report.Loc{Line: 1, Column: 1, EndLine: 1, EndColumn: 1}},
	}
}

// LintBytes parses and lints one file's content. A file that is not a
// report yields a parse/unrecognized diagnostic, not an error.
func (e *Engine) LintBytes(ctx context.Context, path string, data []byte) (FileResult, error) {
	return e.lintBytes(ctx, path, data, nil)
}

// lintBytes is LintBytes with the previous year's report, when there is
// one: read and parsed again, and given to the policies beside this one.
func (e *Engine) lintBytes(ctx context.Context, path string, data []byte, s *Source) (FileResult, error) {
	var previous *Source
	if s != nil {
		previous = s.Previous
	}
	res := FileResult{Path: path}
	doc, err := parser.Parse(path, data)
	var ie *parser.InputError
	switch {
	case errors.As(err, &ie):
		if e.Enabled("parse/unrecognized") {
			res.Diagnostics = []Diagnostic{e.unreadable(path, ie)}
			Fingerprints(res.Diagnostics, nil, path, e.opts.Lang)
		}
		return res, nil
	case err != nil:
		return res, l10n.On(path, err)
	}
	res.Format = doc.Source.Format
	res.Report = e.reportMeta(doc)
	if s != nil {
		e.attachChildren(doc, s)
	}
	if previous != nil {
		if prev := readReport(*previous); prev != nil {
			attach(doc, prev)
			res.Previous = previous.Path
		}
	}
	if e.opts.KeepDocuments {
		res.Document = doc
	}
	// The document is converted once, for the rates (which read its
	// tables only) and for the rules.
	input := toValue(doc)
	res.Rates = e.reportRates(ctx, input)
	res.Diagnostics, err = e.lint(ctx, doc, input)
	if err != nil {
		res.Error = l10n.Text(e.opts.Lang, err)
		return res, l10n.On(path, err)
	}
	return res, nil
}

// reportMeta summarises doc. The kind is the one the policies use (see
// issuer_kind in policies/lib/report.rego): the override, else the kind
// inferred, else the configured default, else unknown.
func (e *Engine) reportMeta(doc *report.Document) *ReportMeta {
	m := &ReportMeta{Template: strings.Clone(doc.Template), Kind: report.KindUnknown}
	inferred := ""
	if doc.Issuer != nil {
		m.Issuer = strings.Clone(doc.Issuer.Name)
		inferred = doc.Issuer.Kind
	}
	switch {
	case e.opts.IssuerKindOverride != "":
		m.Kind = e.opts.IssuerKindOverride
	case inferred == report.KindGovernment || inferred == report.KindDepartment || inferred == report.KindTownship:
		m.Kind = inferred
	case e.opts.IssuerKindDefault != "":
		m.Kind = e.opts.IssuerKindDefault
	}
	if m.Template == "" {
		m.Template = report.TemplateUnknown
	}
	if doc.Year != nil {
		y := *doc.Year
		m.Year = &y
	}
	if doc.Published != nil {
		m.Published = strings.Clone(doc.Published.Date)
	}
	return m
}

// Source is one file to lint.
type Source struct {
	// Path names the file in diagnostics.
	Path string
	// Read returns its content.
	Read func() ([]byte, error)
	// Previous is the same issuer's report of the year before, read
	// beside this one (history/* rules), or nil.
	Previous *Source
	// Children are the reports of the units this one aggregates, read
	// beside it (region/rollup-sum), and ChildrenMissing the units listed
	// for it whose reports are not in the run.
	Children        []Source
	ChildrenMissing []string
}

// LintAll lints sources with at most jobs workers (the number of CPUs when
// jobs < 1). Results come back in the order of sources; a file that cannot
// be read or evaluated does not stop the others: its error, naming the
// file, is collected in the returned *multierror.Error.
func (e *Engine) LintAll(ctx context.Context, sources []Source, jobs int) ([]FileResult, error) {
	return e.LintAllProgress(ctx, sources, jobs, nil)
}

// LintAllProgress is LintAll calling done, when not nil, as each file is
// finished (from one goroutine at a time), for a progress display.
func (e *Engine) LintAllProgress(ctx context.Context, sources []Source, jobs int, done func()) ([]FileResult, error) {
	var mu sync.Mutex
	results := make([]FileResult, len(sources))
	errs := make([]error, len(sources))
	forEach(len(sources), jobs, func(i int) {
		results[i], errs[i] = e.lintSource(ctx, sources[i])
		if done != nil {
			mu.Lock()
			done()
			mu.Unlock()
		}
	})
	var merr *multierror.Error
	for _, err := range errs {
		if err != nil {
			merr = multierror.Append(merr, err)
		}
	}
	return results, merr.ErrorOrNil()
}

// forEach calls fn for every index below n, with at most jobs calls at
// once (the number of CPUs when jobs < 1).
func forEach(n, jobs int, fn func(i int)) {
	if jobs < 1 {
		jobs = runtime.NumCPU()
	}
	var g errgroup.Group
	g.SetLimit(jobs)
	for i := range n {
		g.Go(func() error {
			fn(i)
			return nil
		})
	}
	_ = g.Wait()
}

func (e *Engine) lintSource(ctx context.Context, s Source) (res FileResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			ierr := l10n.New("internal error: %v", p)
			err = l10n.On(s.Path, ierr)
			res = FileResult{Path: s.Path, Error: l10n.Text(e.opts.Lang, ierr)}
		}
	}()
	data, err := s.Read()
	if err != nil {
		return FileResult{Path: s.Path, Error: l10n.About(e.opts.Lang, s.Path, err)}, l10n.On(s.Path, err)
	}
	return e.lintBytes(ctx, s.Path, data, &s)
}

// readReport reads and parses a report read beside another (the previous
// year's, a unit's); nil when it cannot be read as one (it is linted, or
// not, on its own).
func readReport(s Source) *report.Document {
	data, err := s.Read()
	if err != nil {
		return nil
	}
	doc, err := parser.Parse(s.Path, data)
	if err != nil {
		return nil
	}
	return doc
}
