package engine

import (
	"context"
	"testing"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/parser"
)

func TestCompileBuiltins(t *testing.T) {
	_, rules, err := Compile(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range rules {
		if r.Title == "" || r.TitleEn == "" || r.Description == "" || r.Basis == "" || r.Messages["zh"] == "" || r.Messages["en"] == "" || !r.Builtin {
			t.Errorf("rule %s lacks documentation: %+v", r.ID, r)
		}
	}
	if _, err := New(context.Background(), Options{}); err != nil {
		t.Fatal(err)
	}
}

// TestUnreadableReasonsMatchErrors checks that the reasons of
// parse/unrecognized (its METADATA) say what nianbao's own error messages
// say of the same kinds of unreadable file (parser.KindWords through
// internal/l10n), so that lint and parse word a file's problem alike.
func TestUnreadableReasonsMatchErrors(t *testing.T) {
	_, rules, err := Compile(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var reasons map[string]any
	for _, r := range rules {
		if r.ID == "parse/unrecognized" {
			reasons, _ = r.custom["reasons"].(map[string]any)
		}
	}
	if len(reasons) != len(parser.KindWords) {
		t.Errorf("%d reasons in the METADATA, %d kinds in parser.KindWords", len(reasons), len(parser.KindWords))
	}
	for kind, words := range parser.KindWords {
		m, _ := reasons[kind].(map[string]any)
		for _, lang := range []string{"zh", "en"} {
			if got, want := m[lang], l10n.Sprintf(lang, words); got != want {
				t.Errorf("%s (%s): METADATA %q, error message %q", kind, lang, got, want)
			}
		}
	}
}
