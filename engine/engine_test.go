package engine

import (
	"context"
	"testing"
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
