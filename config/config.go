// Package config reads nianbao's configuration file, .nianbao.yaml:
//
//	policies: [./policies/my-region]     # extra policy directories
//	data: [./data/my-region.yaml]
//	issuer-kind: department              # default when it cannot be inferred
//	lang: zh
//	fail-level: error
//	ignore: ["archive/**"]               # paths never linted
//	rules:
//	  contact/incomplete: {level: off}
//	  dates/published-late: {level: warning}
//	  structure/government-accountability: {ignore: ["drafts/**"]}
//
// Paths and globs in the file are relative to its directory. Every
// mistake — an unknown key, a bad value, an unknown rule id — is an error
// naming the file, the line and the valid choices.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/internal/suggest"
)

// FileName is the name of the configuration file.
const FileName = ".nianbao.yaml"

// MaxSize is the largest configuration file read.
const MaxSize = 1 << 20

// Config is a configuration file, read and checked.
type Config struct {
	// Path names the file in messages.
	Path string
	// Dir is the absolute directory of the file: relative paths and globs
	// in it are relative to Dir.
	Dir string
	// Policies and Data are the extra policy directories and data files,
	// resolved against Dir.
	Policies []string
	Data     []string
	// IssuerKind is the issuer kind to assume when it cannot be inferred.
	IssuerKind string
	// Lang and FailLevel are "" when the file does not set them.
	Lang      string
	FailLevel string
	// Ignore selects the paths never linted.
	Ignore Patterns
	// Rules are the rule settings, in the order of the file.
	Rules []Rule
	// entries are the policy directories and data files as written.
	entries []entry
}

// Rule is the setting of one rule.
type Rule struct {
	// ID is the rule's id.
	ID string
	// Level is "off", "info", "warning", "error", or "" to keep the
	// rule's severity.
	Level string
	// Ignore selects the files whose diagnostics of this rule are dropped.
	Ignore Patterns
	line   int
	column int
}

// Error is a mistake in a configuration file.
type Error struct {
	Path         string
	Line, Column int
	// Err says what is wrong, in the run's language (internal/l10n).
	Err error
}

func (e *Error) Error() string { return e.Localize("en") }

// Localize gives the mistake in lang, after the file, line and column.
func (e *Error) Localize(lang string) string {
	where := e.Path
	switch {
	case e.Line > 0 && e.Column > 0:
		where = fmt.Sprintf("%s:%d:%d", e.Path, e.Line, e.Column)
	case e.Line > 0:
		where = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	return where + ": " + l10n.Text(lang, e.Err)
}

// Unwrap returns what is wrong.
func (e *Error) Unwrap() error { return e.Err }

// Keys are the keys of a configuration file.
var Keys = []string{"data", "fail-level", "ignore", "issuer-kind", "lang", "policies", "rules"}

// ruleKeys are the keys of a rule's setting.
var ruleKeys = []string{"ignore", "level"}

var (
	issuerKinds = []string{"government", "department", "township"}
	langs       = []string{"zh", "en"}
	failLevels  = []string{"error", "warning", "info", "none"}
	levels      = []string{"off", "info", "warning", "error"}
)

// Find returns the path of the nearest configuration file in dir or one
// of its parents, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		info, err := os.Stat(p)
		switch {
		case err == nil && !info.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, os.ErrNotExist):
			return "", l10n.Wrap(err, "look for %s", FileName)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads the configuration file at path; name is how messages call it
// ("" for path).
func Load(path, name string) (*Config, error) {
	if name == "" {
		name = path
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, l10n.Wrap(err, "configuration file")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, l10n.Wrap(err, "configuration file %s", name)
	}
	if len(data) > MaxSize {
		return nil, &Error{Path: name, Err: l10n.New("larger than %d bytes", MaxSize)}
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	return Parse(data, name, dir)
}

// Lang returns the lang setting of the configuration file at path, read
// leniently, or "" when the file cannot be read or does not set it: the
// language to report the file's own mistakes in.
func Lang(path string) string {
	data, err := os.ReadFile(path)
	if err != nil || len(data) > MaxSize {
		return ""
	}
	var v struct {
		Lang string `yaml:"lang"`
	}
	if yaml.Unmarshal(data, &v) != nil {
		return ""
	}
	return v.Lang
}

// yamlLine finds the line in the YAML library's error messages.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Parse reads a configuration file's content. name is how messages call
// the file, dir the directory relative paths in it are relative to.
func Parse(data []byte, name, dir string) (*Config, error) {
	c := &Config{Path: name, Dir: dir, Ignore: Patterns{base: dir}}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, &Error{Path: name, Line: line, Err: l10n.New("invalid YAML: %s", m[2])}
		}
		return nil, &Error{Path: name, Err: l10n.New("invalid YAML: %s", msg)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &Error{Path: name, Line: extra.Line, Err: l10n.New("more than one YAML document")}
	}
	if len(doc.Content) == 0 {
		return c, nil // empty file
	}
	p := parser{c: c}
	p.top(doc.Content[0])
	if len(p.errs) > maxErrors {
		more := len(p.errs) - maxErrors
		p.errs = append(p.errs[:maxErrors], &Error{Path: name, Err: l10n.New("and %d more mistakes", more)})
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return c, nil
}

// maxErrors is how many mistakes in a file are reported.
const maxErrors = 20

// parser reads the YAML tree, collecting every mistake.
type parser struct {
	c    *Config
	errs []error
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &Error{Path: p.c.Path, Line: n.Line, Column: n.Column, Err: l10n.New(format, args...)})
}

// resolve follows an alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// pairs returns the keys and values of a mapping, reporting duplicate and
// non-scalar keys.
func (p *parser) pairs(n *yaml.Node, what string) (keys []*yaml.Node, values []*yaml.Node, ok bool) {
	n = resolve(n)
	if isNull(n) {
		return nil, nil, true
	}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s must be a mapping", what)
		return nil, nil, false
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "%s: keys must be strings", what)
			continue
		}
		if seen[k.Value] {
			p.errorf(k, "%s: %q is set twice", what, k.Value)
			continue
		}
		seen[k.Value] = true
		keys, values = append(keys, k), append(values, v)
	}
	return keys, values, true
}

func (p *parser) top(root *yaml.Node) {
	keys, values, ok := p.pairs(root, "the configuration")
	if !ok {
		return
	}
	c := p.c
	for i, k := range keys {
		v := values[i]
		switch k.Value {
		case "policies":
			c.Policies = p.paths(v, k.Value)
		case "data":
			c.Data = p.paths(v, k.Value)
		case "issuer-kind":
			c.IssuerKind = p.choice(v, k.Value, issuerKinds)
		case "lang":
			c.Lang = p.choice(v, k.Value, langs)
		case "fail-level":
			c.FailLevel = p.choice(v, k.Value, failLevels)
		case "ignore":
			c.Ignore = p.patterns(v, k.Value)
		case "rules":
			p.rules(v)
		default:
			p.unknownKey(k, "", Keys)
		}
	}
}

// unknownKey reports a key that is none of keys, with the closest one if
// one is close; where says under what it stands ("rules: id: ").
func (p *parser) unknownKey(k *yaml.Node, where string, keys []string) {
	valid := strings.Join(keys, ", ")
	if best := suggest.Closest(k.Value, keys, 2); best != "" {
		p.errorf(k, "%sunknown key %q (did you mean %q?) (valid keys: %s)", where, k.Value, best, valid)
		return
	}
	p.errorf(k, "%sunknown key %q (valid keys: %s)", where, k.Value, valid)
}

// scalar returns the string of a scalar node.
func (p *parser) scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errorf(n, "%s must be a string", what)
		return "", false
	}
	return n.Value, true
}

func (p *parser) choice(n *yaml.Node, what string, choices []string) string {
	s, ok := p.scalar(n, what)
	if !ok {
		return ""
	}
	if !slices.Contains(choices, s) {
		p.errorf(n, "invalid %s %q (valid: %s)", what, s, strings.Join(choices, ", "))
		return ""
	}
	return s
}

// stringList returns the items of a list of strings.
func (p *parser) stringList(n *yaml.Node, what string) ([]string, []*yaml.Node) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "%s must be a list, such as [%s]", what, example[what])
		return nil, nil
	}
	var out []string
	var nodes []*yaml.Node
	for _, item := range n.Content {
		item = resolve(item)
		s, ok := p.scalar(item, what+" entry")
		if !ok {
			continue
		}
		if strings.TrimSpace(s) == "" {
			p.errorf(item, "%s: empty entry", what)
			continue
		}
		out, nodes = append(out, s), append(nodes, item)
	}
	return out, nodes
}

var example = map[string]string{
	"policies": "./policies",
	"data":     "./data.yaml",
	"ignore":   `"archive/**"`,
}

// paths returns a list of paths resolved against the file's directory,
// keeping where each entry stands for CheckPaths.
func (p *parser) paths(n *yaml.Node, what string) []string {
	list, nodes := p.stringList(n, what)
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = s
		if !filepath.IsAbs(s) {
			out[i] = filepath.Join(p.c.Dir, filepath.FromSlash(s))
		}
		p.c.entries = append(p.c.entries, entry{key: what, value: s, path: out[i], line: nodes[i].Line, column: nodes[i].Column})
	}
	return out
}

// entry is a path in the file: a policy directory or a data file.
type entry struct {
	key, value, path string
	line, column     int
}

// CheckPaths returns an error for each policy directory and data file of
// the file that does not exist or is not a directory (a file), at the
// line and column of its entry.
func (c *Config) CheckPaths() error {
	if c == nil {
		return nil
	}
	var errs []error
	for _, e := range c.entries {
		info, err := os.Stat(e.path)
		var msg error
		wantDir := e.key == "policies"
		switch {
		case errors.Is(err, fs.ErrNotExist):
			msg = l10n.New("%s: %s does not exist", e.key, e.value)
		case err != nil:
			msg = l10n.New("%s: %v", e.key, err)
		case wantDir && !info.IsDir():
			msg = l10n.New("%s: %s is not a directory", e.key, e.value)
		case !wantDir && info.IsDir():
			msg = l10n.New("%s: %s is a directory, not a file", e.key, e.value)
		default:
			continue
		}
		errs = append(errs, &Error{Path: c.Path, Line: e.line, Column: e.column, Err: msg})
	}
	return errors.Join(errs...)
}

// patterns returns a list of globs relative to the file's directory.
func (p *parser) patterns(n *yaml.Node, what string) Patterns {
	ps := Patterns{base: p.c.Dir}
	list, nodes := p.stringList(n, what)
	for i, s := range list {
		pat, err := compilePattern(s)
		if err != nil {
			p.errorf(nodes[i], "%s: %v", what, err)
			continue
		}
		ps.list = append(ps.list, pat)
	}
	return ps
}

func (p *parser) rules(n *yaml.Node) {
	ids, settings, ok := p.pairs(n, "rules")
	if !ok {
		return
	}
	for i, k := range ids {
		r := Rule{ID: k.Value, Ignore: Patterns{base: p.c.Dir}, line: k.Line, column: k.Column}
		if strings.ContainsAny(r.ID, "*?[\\") {
			p.errorf(k, "rules: %q is a pattern; name each rule by its id (--disable and --enable take patterns)", r.ID)
			continue
		}
		v := settings[i]
		if v.Kind != yaml.MappingNode {
			p.errorf(v, "rules: %s must be a mapping such as {level: off} or {ignore: [\"drafts/**\"]}", r.ID)
			continue
		}
		keys, values, _ := p.pairs(v, "rules: "+r.ID)
		for j, key := range keys {
			switch key.Value {
			case "level":
				r.Level = p.choice(values[j], "level", levels)
			case "ignore":
				r.Ignore = p.patterns(values[j], "ignore")
			default:
				p.unknownKey(key, "rules: "+r.ID+": ", ruleKeys)
			}
		}
		p.c.Rules = append(p.c.Rules, r)
	}
}

// Levels returns the levels the file sets, by rule id.
func (c *Config) Levels() map[string]string {
	out := map[string]string{}
	for _, r := range c.Rules {
		if r.Level != "" {
			out[r.ID] = r.Level
		}
	}
	return out
}

// CheckRules returns an error for every rule id in the file that names
// none of rules, with the closest valid id.
func (c *Config) CheckRules(rules []engine.Rule) error {
	var errs []error
	for _, r := range c.Rules {
		if err := engine.CheckRule(rules, r.ID); err != nil {
			errs = append(errs, c.ruleError(r, err))
		}
	}
	return errors.Join(errs...)
}

func (c *Config) ruleError(r Rule, err error) error {
	return &Error{Path: c.Path, Line: r.line, Column: r.column, Err: l10n.Wrap(err, "rules")}
}

// Locate returns err with the place in the file when it is about a rule id
// the file names (an *engine.UnknownRuleError), and err itself otherwise.
func (c *Config) Locate(err error) error {
	var ure *engine.UnknownRuleError
	if c == nil || !errors.As(err, &ure) {
		return err
	}
	for _, r := range c.Rules {
		if r.ID == ure.Pattern {
			return c.ruleError(r, ure)
		}
	}
	return err
}

// Ignored reports whether the file (or directory) at path is never linted.
func (c *Config) Ignored(path string, isDir bool) bool {
	return c != nil && c.Ignore.Match(path, isDir)
}

// Suppressed reports whether the file's diagnostics of a rule are dropped.
func (c *Config) Suppressed(rule, path string) bool {
	if c == nil {
		return false
	}
	for _, r := range c.Rules {
		if r.ID == rule && r.Ignore.Match(path, false) {
			return true
		}
	}
	return false
}
