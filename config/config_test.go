package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// The example of the command line contract (cli.md).
const cliExample = `policies: [./policies/my-region]     # extra policy directories
data: [./data/my-region.yaml]
issuer-kind: department              # default when it cannot be inferred
lang: zh
fail-level: error
ignore: ["archive/**"]               # paths never linted
rules:
  contact/incomplete: {level: off}
  dates/published-late: {level: warning}
  structure/government-accountability: {ignore: ["drafts/**"]}
`

var testRules = []engine.Rule{
	{ID: "contact/incomplete"}, {ID: "dates/published-late"}, {ID: "parse/unrecognized"},
	{ID: "structure/government-accountability"}, {ID: "structure/title-missing"},
}

func TestParseExample(t *testing.T) {
	dir := filepath.FromSlash("/repo/conf")
	c, err := Parse([]byte(cliExample), ".nianbao.yaml", dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{filepath.Join(dir, "policies", "my-region")}; !reflect.DeepEqual(c.Policies, want) {
		t.Errorf("policies %q, want %q", c.Policies, want)
	}
	if want := []string{filepath.Join(dir, "data", "my-region.yaml")}; !reflect.DeepEqual(c.Data, want) {
		t.Errorf("data %q, want %q", c.Data, want)
	}
	if c.IssuerKind != "department" || c.Lang != "zh" || c.FailLevel != "error" {
		t.Errorf("issuer-kind %q, lang %q, fail-level %q", c.IssuerKind, c.Lang, c.FailLevel)
	}
	if want := map[string]string{"contact/incomplete": "off", "dates/published-late": "warning"}; !reflect.DeepEqual(c.Levels(), want) {
		t.Errorf("levels %v, want %v", c.Levels(), want)
	}
	if err := c.CheckRules(testRules); err != nil {
		t.Error(err)
	}
	archived := filepath.Join(dir, "archive", "2020", "a.txt")
	draft := filepath.Join(dir, "drafts", "a.txt")
	if !c.Ignored(archived, false) || c.Ignored(draft, false) {
		t.Error("ignore: archive/** is not relative to the file's directory")
	}
	if !c.Suppressed("structure/government-accountability", draft) ||
		c.Suppressed("structure/government-accountability", archived) ||
		c.Suppressed("structure/title-missing", draft) {
		t.Error("a rule's ignore does not drop exactly its diagnostics in matching files")
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n", "rules:\n", "ignore: []\nrules: {}\n"} {
		c, err := Parse([]byte(src), "c.yaml", "/d")
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if len(c.Levels()) != 0 || c.Ignored("/d/a.txt", false) || c.Lang != "" {
			t.Errorf("%q sets something: %+v", src, c)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"unknown key", "lang: zh\npolices: [a]\n",
			[]string{"c.yaml:2:1: ", `unknown key "polices"`, `did you mean "policies"?`, "valid keys: data, fail-level, ignore, issuer-kind, lang, policies, rules"}},
		{"unknown key far from any", "colour: red\n", []string{"c.yaml:1:1: ", `unknown key "colour" (valid keys: data,`}},
		{"fail level", "fail-level: warn\n", []string{"c.yaml:1:13: ", `invalid fail-level "warn" (valid: error, warning, info, none)`}},
		{"lang", "lang: fr\n", []string{"c.yaml:1:7: ", `invalid lang "fr" (valid: zh, en)`}},
		{"issuer kind", "issuer-kind: county\n", []string{`invalid issuer-kind "county" (valid: government, department, township)`}},
		{"level", "rules:\n  contact/incomplete: {level: warn}\n", []string{"c.yaml:2:31: ", `invalid level "warn" (valid: off, info, warning, error)`}},
		{"level false", "rules:\n  contact/incomplete: {level: false}\n", []string{`invalid level "false"`}},
		{"unknown rule key", "rules:\n  contact/incomplete:\n    lvel: off\n", []string{"c.yaml:3:5: ", `rules: contact/incomplete: unknown key "lvel"`, `did you mean "level"?`, "valid keys: ignore, level"}},
		{"rule not a mapping", "rules:\n  contact/incomplete: off\n", []string{"c.yaml:2:23: ", "must be a mapping such as {level: off}"}},
		{"rule pattern", "rules:\n  contact/*: {level: off}\n", []string{"c.yaml:2:3: ", `"contact/*" is a pattern`}},
		{"rules a list", "rules: [a]\n", []string{"c.yaml:1:8: ", "rules must be a mapping"}},
		{"policies a string", "policies: ./p\n", []string{"c.yaml:1:11: ", "policies must be a list, such as [./policies]"}},
		{"empty path", "data: ['']\n", []string{"data: empty entry"}},
		{"path not a string", "data: [{a: b}]\n", []string{"data entry must be a string"}},
		{"bad glob", "ignore: ['a[']\n", []string{"c.yaml:1:10: ", `ignore: invalid glob "a["`}},
		{"bad rule glob", "rules:\n  contact/incomplete: {ignore: ['[x']}\n", []string{`invalid glob "[x"`}},
		{"duplicate", "lang: zh\nlang: en\n", []string{"c.yaml:2:1: ", `"lang" is set twice`}},
		{"not a mapping", "- a\n- b\n", []string{"c.yaml:1:1: ", "the configuration must be a mapping"}},
		{"syntax", "lang: zh\nrules: a: b\n", []string{"c.yaml:2: invalid YAML: "}},
		{"two documents", "lang: zh\n---\nlang: en\n", []string{"more than one YAML document"}},
		{"merge key", "base: &b {level: off}\nrules:\n  contact/incomplete:\n    <<: *b\n", []string{`unknown key "base"`, `unknown key "<<"`}},
		{"every mistake", "lang: fr\nfail-level: x\n", []string{`invalid lang "fr"`, `invalid fail-level "x"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src), "c.yaml", "/d")
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestAliases(t *testing.T) {
	src := "ignore: &old ['old/**']\nrules:\n  contact/incomplete: {ignore: *old}\n"
	c, err := Parse([]byte(src), "c.yaml", "/d")
	if err != nil {
		t.Fatal(err)
	}
	if !c.Ignored("/d/old/a.txt", false) || !c.Suppressed("contact/incomplete", "/d/old/a.txt") {
		t.Error("an alias is not followed")
	}
}

func TestCheckRules(t *testing.T) {
	src := "lang: zh\nrules:\n  contact/incomplete: {level: off}\n  structure/titel-missing: {level: warning}\n  frobnicate/everything: {ignore: [x]}\n"
	c, err := Parse([]byte(src), ".nianbao.yaml", "/d")
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckRules(testRules)
	if err == nil {
		t.Fatal("unknown rule ids accepted")
	}
	for _, w := range []string{
		`.nianbao.yaml:4:3: rules: unknown rule "structure/titel-missing" (did you mean "structure/title-missing"?)`,
		`.nianbao.yaml:5:3: rules: unknown rule "frobnicate/everything" (nianbao rules lists them)`,
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
	var ce *Error
	if !errors.As(err, &ce) || ce.Line != 4 {
		t.Errorf("error %v is not a *config.Error at line 4", err)
	}
}

func TestLocate(t *testing.T) {
	c, err := Parse([]byte("rules:\n  structure/titel-missing: {level: off}\n"), "x.yaml", "/d")
	if err != nil {
		t.Fatal(err)
	}
	ure := &engine.UnknownRuleError{Pattern: "structure/titel-missing", Closest: "structure/title-missing"}
	if got := c.Locate(ure).Error(); got != `x.yaml:2:3: rules: unknown rule "structure/titel-missing" (did you mean "structure/title-missing"?)` {
		t.Errorf("Locate: %s", got)
	}
	other := &engine.UnknownRuleError{Pattern: "from/a-flag"}
	if got := c.Locate(other); !errors.Is(got, other) || got.Error() != other.Error() {
		t.Errorf("an error about a flag was located in the file: %v", got)
	}
	var none *Config
	if got := none.Locate(ure); !errors.Is(got, ure) || got.Error() != ure.Error() {
		t.Errorf("no file, yet %v", got)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		t.Helper()
		if err := os.WriteFile(p, []byte("lang: en\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := Find(deep); err != nil || (got != "" && strings.HasPrefix(got, root)) {
		t.Fatalf("Find with no file: %q, %v", got, err)
	}
	write(filepath.Join(root, FileName))
	if got, err := Find(deep); err != nil || got != filepath.Join(root, FileName) {
		t.Errorf("Find = %q, %v; want the file two levels up", got, err)
	}
	write(filepath.Join(root, "a", FileName))
	if got, _ := Find(deep); got != filepath.Join(root, "a", FileName) {
		t.Errorf("Find = %q; want the nearest file", got)
	}
	// A directory of that name is not a configuration file.
	if err := os.Mkdir(filepath.Join(deep, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, _ := Find(deep); got != filepath.Join(root, "a", FileName) {
		t.Errorf("Find = %q; a directory was taken for the file", got)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "nb.yaml")
	if err := os.WriteFile(p, []byte("policies: [pol]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p, "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Dir != dir || c.Path != p || len(c.Policies) != 1 || c.Policies[0] != filepath.Join(dir, "pol") {
		t.Errorf("Load: %+v", c)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml"), ""); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte("# "+strings.Repeat("x", MaxSize)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big, "big.yaml"); err == nil || !strings.Contains(err.Error(), "big.yaml: larger than") {
		t.Errorf("huge file: %v", err)
	}
}

func TestParseBadInput(t *testing.T) {
	laughs := "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
		"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
		"ignore: *d\nrules:\n  x: {ignore: *d}\n"
	tests := []struct{ name, src, want string }{
		{"deep nesting", strings.Repeat("[", 100000), "invalid YAML"},
		{"deep mappings", strings.Repeat("a:\n ", 20000), `unknown key "a"`},
		{"aliases", laughs, "ignore entry must be a string"},
		{"many mistakes", manyKeys(500), "and 480 more mistakes"},
		{"binary", "\x00\x01\x02\xff\xfe", "invalid YAML"},
		{"tabs", "lang:\tzh\n\tfail-level: error\n", "invalid YAML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src), "c.yaml", "/d")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %.300v; want one containing %q", err, tt.want)
			}
		})
	}
}

func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("key" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + ": 1\n")
	}
	return b.String()
}
