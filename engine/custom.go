package engine

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"go.yaml.in/yaml/v3"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/policies"
)

// UnsafeBuiltins are the builtins policies may not call unless the user
// opts in (--allow-unsafe-builtins): they reach the network or read the
// environment of the machine running nianbao.
var UnsafeBuiltins = []string{"http.send", "opa.runtime", "net.*"}

// AllowUnsafeFlag is the flag that lets policies call UnsafeBuiltins.
const AllowUnsafeFlag = "--allow-unsafe-builtins"

func isUnsafe(name string) bool {
	for _, u := range UnsafeBuiltins {
		if name == u || strings.HasSuffix(u, ".*") && strings.HasPrefix(name, strings.TrimSuffix(u, "*")) {
			return true
		}
	}
	return false
}

// capabilities returns the builtins policies may use.
func capabilities(allowUnsafe bool) *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	if allowUnsafe {
		return caps
	}
	caps.Builtins = slices.DeleteFunc(caps.Builtins, func(b *ast.Builtin) bool { return isUnsafe(b.Name) })
	caps.AllowNet = []string{}
	return caps
}

// UnsafeBuiltinError says that a policy calls a builtin it may not.
type UnsafeBuiltinError struct {
	Builtin  string
	Location *ast.Location
}

func (e *UnsafeBuiltinError) Error() string {
	return fmt.Sprintf("%s: policy calls %s, which nianbao does not allow: policies may not reach the network or read the environment (run with %s to allow it)",
		e.Location, e.Builtin, AllowUnsafeFlag)
}

// checkUnsafe returns an error for the first call to an unsafe builtin,
// whether it stands as an expression (http.send(req, resp)) or as a term
// (resp := http.send(req)).
func checkUnsafe(modules map[string]*ast.Module) error {
	names := make([]string, 0, len(modules))
	for n := range modules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		var found *UnsafeBuiltinError
		check := func(op *ast.Term, loc *ast.Location) {
			if found == nil && op != nil && isUnsafe(op.String()) {
				if op.Location != nil {
					loc = op.Location
				}
				found = &UnsafeBuiltinError{Builtin: op.String(), Location: loc}
			}
		}
		ast.WalkExprs(modules[n], func(e *ast.Expr) bool {
			if e.IsCall() {
				check(e.OperatorTerm(), e.Location)
			}
			return found != nil
		})
		ast.WalkTerms(modules[n], func(t *ast.Term) bool {
			if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
				check(call[0], t.Location)
			}
			return found != nil
		})
		if found != nil {
			return found
		}
	}
	return nil
}

// generatedModule names the module that collects custom packages.
const generatedModule = "generated:nianbao/custom.rego"

// loadModules parses the built-in policies and those of dirs (their tests
// too when tests is true), refuses custom policies that call unsafe
// builtins unless allowUnsafe, and adds the module that collects the custom
// packages. It also returns the rules of the minimal deny/warn form.
func loadModules(dirs []string, tests, allowUnsafe bool) (map[string]*ast.Module, []Rule, error) {
	modules, err := LoadFS(policies.FS, builtinPrefix, tests)
	if err != nil {
		return nil, nil, err
	}
	custom := map[string]*ast.Module{}
	// A file is loaded once, however many of dirs hold it (a
	// configuration's policies: ./policies, and "." on the command line).
	seen := map[string]bool{}
	for _, dir := range dirs {
		ms, err := loadPolicyDir(dir, tests)
		if err != nil {
			return nil, nil, err
		}
		for name, m := range ms {
			abs, err := filepath.Abs(name)
			if err != nil {
				abs = name
			}
			if seen[abs] {
				continue
			}
			seen[abs] = true
			modules[name], custom[name] = m, m
		}
	}
	if !allowUnsafe {
		if err := checkUnsafe(custom); err != nil {
			return nil, nil, err
		}
	}
	// A test package is not a policy.
	maps.DeleteFunc(custom, func(name string, _ *ast.Module) bool { return strings.HasSuffix(name, "_test.rego") })
	agg, minimal, err := customAggregator(custom)
	if err != nil {
		return nil, nil, err
	}
	if agg != nil {
		modules[generatedModule] = agg
	}
	return modules, minimal, nil
}

// loadPolicyDir parses the policies of a directory (without tests).
func loadPolicyDir(dir string, tests bool) (map[string]*ast.Module, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, l10n.Wrap(err, "policy directory")
	}
	if !info.IsDir() {
		return nil, l10n.New("policy directory %s is not a directory", dir)
	}
	return LoadFS(os.DirFS(dir), filepath.ToSlash(filepath.Clean(dir))+"/", tests)
}

// rulesPrefix is where rules written like the built-in ones live; the
// entrypoint collects their violations by itself.
var rulesPrefix = ast.MustParseRef("data.nianbao.rules")

// customAggregator writes the module that brings the violations of custom
// packages outside data.nianbao.rules to the entrypoint: their report
// rules as they are, and the minimal deny/warn form as error and warning
// diagnostics with the package path as rule id. It also returns the rules
// of the minimal form.
func customAggregator(custom map[string]*ast.Module) (*ast.Module, []Rule, error) {
	type pkgRules struct{ report, deny, warn bool }
	pkgs := map[string]*pkgRules{}
	for _, m := range custom {
		path := m.Package.Path
		if path.HasPrefix(rulesPrefix) {
			continue
		}
		key := path.String()
		p := pkgs[key]
		if p == nil {
			p = &pkgRules{}
			pkgs[key] = p
		}
		for _, r := range m.Rules {
			switch r.Head.Name.String() {
			case "report":
				p.report = true
			case "deny":
				p.deny = true
			case "warn":
				p.warn = true
			}
		}
	}
	if len(pkgs) == 0 {
		return nil, nil, nil
	}
	keys := make([]string, 0, len(pkgs))
	for k := range pkgs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("package nianbao.custom\n\nimport data.nianbao.lib.result\n")
	var rules []Rule
	for _, k := range keys {
		p := pkgs[k]
		id := strings.TrimPrefix(k, "data.")
		quoted, _ := json.Marshal(id)
		if p.report {
			fmt.Fprintf(&b, "\nreport contains v if {\n\tsome v in %s.report\n}\n", k)
		}
		if p.deny {
			fmt.Fprintf(&b, "\nreport contains result.custom(%s, \"error\", msg) if {\n\tsome msg in %s.deny\n}\n", quoted, k)
		}
		if p.warn {
			fmt.Fprintf(&b, "\nreport contains result.custom(%s, \"warning\", msg) if {\n\tsome msg in %s.warn\n}\n", quoted, k)
		}
		if p.deny || p.warn {
			sev := SeverityError
			if !p.deny {
				sev = SeverityWarning
			}
			rules = append(rules, Rule{ID: id, Category: "custom", Severity: sev, Title: id, Package: k, Docs: "", custom: map[string]any{}})
		}
	}
	m, err := ast.ParseModuleWithOpts(generatedModule, b.String(), ast.ParserOptions{RegoVersion: ast.RegoV1})
	if err != nil {
		return nil, nil, l10n.Wrap(err, "collect custom policies")
	}
	return m, rules, nil
}

// loadData reads JSON and YAML data files and merges them at the data
// root. Two files may not define the same top-level key, and none may
// define "nianbao", where nianbao keeps its configuration.
func loadData(files []string) (map[string]any, error) {
	out := map[string]any{}
	from := map[string]string{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, l10n.Wrap(err, "data file")
		}
		var v any
		switch strings.ToLower(filepath.Ext(f)) {
		case ".json":
			err = json.Unmarshal(raw, &v)
		case ".yaml", ".yml":
			err = yaml.Unmarshal(raw, &v)
		default:
			return nil, l10n.New("data file %s: use .json, .yaml or .yml", f)
		}
		if err != nil {
			return nil, l10n.Wrap(err, "data file %s", f)
		}
		obj, ok := normalizeYAML(v).(map[string]any)
		if !ok {
			return nil, l10n.New("data file %s: the top level must be an object (a mapping)", f)
		}
		for k, val := range obj {
			if k == "nianbao" {
				return nil, l10n.New("data file %s: the key \"nianbao\" is reserved for nianbao's configuration", f)
			}
			if prev, dup := from[k]; dup {
				return nil, l10n.New("data files %s and %s both define %q", prev, f, k)
			}
			from[k], out[k] = f, val
		}
	}
	return out, nil
}

// normalizeYAML turns the maps YAML decoding may produce into JSON-like
// values.
func normalizeYAML(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normalizeYAML(e)
		}
		return x
	case map[any]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[fmt.Sprint(k)] = normalizeYAML(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = normalizeYAML(e)
		}
		return x
	}
	return v
}

// ErrTimeout is returned when one document's evaluation exceeds the time
// limit.
var ErrTimeout = l10n.New("policy evaluation exceeded the time limit")
