package engine_test

import (
	"context"
	"os"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

func newEngine(t testing.TB, opts engine.Options) *engine.Engine {
	t.Helper()
	e, err := engine.New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func lintFile(t testing.TB, e *engine.Engine, path string) engine.FileResult {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.LintBytes(context.Background(), path, data)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
