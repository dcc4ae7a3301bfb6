package engine_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// seedFiles returns the seeds' paths and contents.
func seedFiles(b testing.TB) ([]string, [][]byte) {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	inputs := make([][]byte, len(paths))
	for i, p := range paths {
		if inputs[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
	}
	return paths, inputs
}

func loadSeedDocs(b testing.TB) []*report.Document {
	b.Helper()
	paths, inputs := seedFiles(b)
	var docs []*report.Document
	for i, p := range paths {
		doc, err := parser.Parse(p, inputs[i])
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkLintSeeds evaluates every built-in rule on the seed documents
// (already parsed) and reports the time per report.
func BenchmarkLintSeeds(b *testing.B) {
	ctx := context.Background()
	e, err := engine.New(ctx, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := loadSeedDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := e.Lint(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/report")
}

// BenchmarkParseAndLintSeeds includes parsing: what `nianbao lint` spends
// per report once the policies are compiled.
func BenchmarkParseAndLintSeeds(b *testing.B) {
	ctx := context.Background()
	e, err := engine.New(ctx, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	paths, inputs := seedFiles(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, data := range inputs {
			if _, err := e.LintBytes(ctx, paths[k], data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(inputs)), "ns/report")
}

// corpusKinds are the reports of the test data, by kind: the seeds and
// the corpus reports of each format (files that are no report left out).
var corpusKinds = []struct{ name, pattern string }{
	{"seeds", "seeds/*.txt"},
	{"text", "scraped/*.txt"},
	{"html", "html/pingtan/*.html"},
	{"docx", "docx/*.docx"},
	{"pdf", "pdf/*.pdf"},
}

// BenchmarkCorpus times, for each kind of report of the test data, what
// a report costs to parse, to lint once parsed (converting the document
// and evaluating every built-in rule), and both, as `nianbao lint` does:
// the figures of the README's Performance section.
//
//	go test -run '^$' -bench Corpus -benchmem -count 5 ./engine/
func BenchmarkCorpus(b *testing.B) {
	ctx := context.Background()
	e, err := engine.New(ctx, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range corpusKinds {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", kind.pattern))
		var files []string
		var inputs [][]byte
		var docs []*report.Document
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			doc, err := parser.Parse(p, data)
			if err != nil {
				continue // not a report
			}
			files, inputs, docs = append(files, p), append(inputs, data), append(docs, doc)
		}
		if len(docs) == 0 {
			b.Fatalf("no reports in %s", kind.pattern)
		}
		perReport := func(b *testing.B) {
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/report")
		}
		b.Run(kind.name+"/parse", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				for k, data := range inputs {
					if _, err := parser.Parse(files[k], data); err != nil {
						b.Fatal(err)
					}
				}
			}
			perReport(b)
		})
		b.Run(kind.name+"/lint", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				for _, d := range docs {
					if _, err := e.Lint(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			}
			perReport(b)
		})
		b.Run(kind.name+"/parse+lint", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				for k, data := range inputs {
					if _, err := e.LintBytes(ctx, files[k], data); err != nil {
						b.Fatal(err)
					}
				}
			}
			perReport(b)
		})
	}
}

// BenchmarkCompile measures loading and compiling the built-in policies,
// paid once per run.
func BenchmarkCompile(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := engine.New(context.Background(), engine.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLintMany lints 20,000 generated reports in one LintAll, as
// `nianbao lint` does a reviewing authority's directory, and reports the
// peak heap in use: it stays flat in the number of reports, because each
// document is dropped once linted and only its diagnostics and a small
// summary are kept. The reports are the seeds with their issuer's name
// numbered, read from memory when a worker reaches them.
//
//	go test -run '^$' -bench LintMany -benchtime 1x ./engine/
func BenchmarkLintMany(b *testing.B) {
	ctx := context.Background()
	e, err := engine.New(ctx, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	_, seeds := seedFiles(b)
	for _, n := range []int{1000, 20000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for range b.N {
				sources := make([]engine.Source, n)
				for i := range sources {
					seed := seeds[i%len(seeds)]
					sources[i] = engine.Source{Path: fmt.Sprintf("r/%05d.txt", i), Read: func() ([]byte, error) {
						return bytes.Replace(seed, []byte("人民政府"), []byte(fmt.Sprintf("第%d人民政府", i)), 1), nil
					}}
				}
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				peak := watchHeap()
				results, err := e.LintAll(ctx, sources, 0)
				top := peak()
				if err != nil || len(results) != n {
					b.Fatalf("%d results, %v", len(results), err)
				}
				b.ReportMetric(float64(top)/(1<<20), "peak-heap-MB")
				b.ReportMetric(float64(top-min(top, before.HeapInuse))/float64(n), "heap-B/report")
				runtime.KeepAlive(results)
			}
		})
	}
}

// watchHeap samples the heap in use every 20 ms until the returned
// function is called, which returns the largest sample.
func watchHeap() func() uint64 {
	stop := make(chan struct{})
	done := make(chan uint64)
	go func() {
		var top uint64
		var m runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapInuse)
			select {
			case <-stop:
				done <- top
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		return <-done
	}
}
