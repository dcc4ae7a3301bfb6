package engine_test

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// updateGolden rewrites testdata/diagnostics.golden. Only do it on purpose,
// when a change of what the rules report is intended, and read the diff:
//
//	go test ./engine -run TestDiagnosticsGolden -update-golden
var updateGolden = flag.Bool("update-golden", false, "rewrite engine/testdata/diagnostics.golden from the current rules")

const goldenFile = "testdata/diagnostics.golden"

// goldenDirs are the directories of testdata whose reports the golden file
// covers, with the extensions of the reports in them.
var goldenDirs = []string{"seeds", "html", "docx", "pdf", "layout"}

var goldenExts = []string{".txt", ".html", ".docx", ".pdf"}

// TestDiagnosticsGolden lints every report under testdata/ (in Chinese and
// English) and a few deliberately broken copies of each, and compares every
// diagnostic (file, variant, language, severity, rule, location, message)
// with engine/testdata/diagnostics.golden. It guards changes that must not
// change what any rule reports, such as making the rules faster. When a
// change of the diagnostics is intended, regenerate the file with
//
//	go test ./engine -run TestDiagnosticsGolden -update-golden
//
// and check the diff line by line before committing it.
func TestDiagnosticsGolden(t *testing.T) {
	got := goldenDiagnostics(t)
	if *updateGolden {
		if err := os.WriteFile(goldenFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", goldenFile)
		return
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (regenerate with: go test ./engine -run TestDiagnosticsGolden -update-golden)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for _, l := range wl {
		if !slices.Contains(gl, l) {
			t.Errorf("missing: %s", l)
		}
	}
	for _, l := range gl {
		if !slices.Contains(wl, l) {
			t.Errorf("new:     %s", l)
		}
	}
	t.Errorf("diagnostics differ from %s (same lines in another order if nothing is listed above); "+
		"if the change is intended, regenerate with: go test ./engine -run TestDiagnosticsGolden -update-golden", goldenFile)
}

// goldenDiagnostics returns the golden text: one line per diagnostic.
func goldenDiagnostics(t *testing.T) string {
	t.Helper()
	var paths []string
	for _, dir := range goldenDirs {
		entries, err := os.ReadDir(filepath.Join("..", "testdata", dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() && slices.Contains(goldenExts, filepath.Ext(e.Name())) {
				paths = append(paths, dir+"/"+e.Name())
			}
		}
	}
	if len(paths) == 0 {
		t.Fatal("no reports under testdata")
	}
	engines := map[string]*engine.Engine{
		"zh": newEngine(t, engine.Options{Lang: "zh"}),
		"en": newEngine(t, engine.Options{Lang: "en"}),
	}
	ctx := context.Background()
	var b strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(filepath.Join("..", "testdata", p))
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"zh", "en"} {
			res, err := engines[lang].LintBytes(ctx, p, data)
			if err != nil {
				t.Fatal(err)
			}
			writeGolden(&b, p, "as-is", lang, res.Diagnostics)
		}
		if _, err := parser.Parse(p, data); err != nil {
			continue // not a report: nothing to break
		}
		for _, name := range slices.Sorted(maps.Keys(goldenVariants)) {
			doc, err := parser.Parse(p, data)
			if err != nil {
				t.Fatal(err)
			}
			goldenVariants[name](doc)
			for _, lang := range []string{"zh", "en"} {
				ds, err := engines[lang].Lint(ctx, doc)
				if err != nil {
					t.Fatal(err)
				}
				writeGolden(&b, p, name, lang, ds)
			}
		}
	}
	return b.String()
}

func writeGolden(b *strings.Builder, path, variant, lang string, ds []engine.Diagnostic) {
	for _, d := range ds {
		l := d.Location
		loc := fmt.Sprintf("%d:%d-%d:%d", l.Line, l.Column, l.EndLine, l.EndColumn)
		if l.Page != 0 {
			loc += fmt.Sprintf(" p%d", l.Page)
		}
		if l.Paragraph != 0 {
			loc += fmt.Sprintf(" ¶%d", l.Paragraph)
		}
		fmt.Fprintf(b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", path, variant, lang, d.Severity, d.Rule, loc, d.Message)
	}
}

// goldenVariants break a parsed report in ways the rules must notice, so
// that the golden file also covers what the rules say about faulty
// reports, not only about the (mostly sound) reports in testdata.
var goldenVariants = map[string]func(*report.Document){
	// cells changes table cells: some off by one, some blank, placeholder,
	// negative, fractional or text.
	"cells": func(d *report.Document) {
		i := 0
		change := func(rows map[string]report.Cell) {
			for _, col := range slices.Sorted(maps.Keys(rows)) {
				c := rows[col]
				i++
				switch {
				case c.Value == nil:
				case i%5 == 1:
					c = numCell(c, *c.Value+1)
				case i%17 == 3:
					c.Value, c.Raw = nil, ""
				case i%19 == 4:
					c.Value, c.Raw = nil, "/"
				case i%23 == 5:
					c = numCell(c, -2)
				case i%29 == 6:
					c = numCell(c, 1.5)
				case i%31 == 7:
					c.Value, c.Raw = nil, "若干"
				}
				rows[col] = c
			}
		}
		for _, tab := range []*report.Table{d.Tables.Active, d.Tables.Applications} {
			if tab != nil {
				for _, row := range slices.Sorted(maps.Keys(tab.Rows)) {
					change(tab.Rows[row])
				}
			}
		}
		if r := d.Tables.Review; r != nil {
			change(r.Reconsideration)
			change(r.LitigationDirect)
			change(r.LitigationAfterReview)
		}
	},
	// one-cell changes single cells of tables 三 and 四, so that each
	// identity fails alone where the rest of the table is sound.
	"one-cell": func(d *report.Document) {
		add := func(rows map[string]report.Cell, col string, n float64) {
			if c, ok := rows[col]; ok && c.Value != nil {
				rows[col] = numCell(c, *c.Value+n)
			}
		}
		if t := d.Tables.Applications; t != nil {
			add(t.Rows["granted"], "natural_person", 1)
			add(t.Rows["new_received"], "total", 2)
		}
		if r := d.Tables.Review; r != nil {
			add(r.LitigationDirect, "upheld", 1)
		}
	},
	// order reverses the sections and swaps the first two.
	"order": func(d *report.Document) {
		slices.Reverse(d.Sections)
		if len(d.Sections) > 2 {
			d.Sections[0], d.Sections[1] = d.Sections[1], d.Sections[0]
		}
	},
	// facts changes every other number of the narrative.
	"facts": func(d *report.Document) {
		for i := range d.Facts {
			if i%2 == 0 {
				d.Facts[i].Number += 3
			}
		}
	},
	// sentences adds sentences saying there were no cases, and table 四
	// totals that say otherwise.
	"sentences": func(d *report.Document) {
		for _, s := range d.Sections {
			d.Sentences = append(d.Sentences,
				report.Sentence{Section: s.Key, Text: "本年度未发生政府信息公开行政复议、行政诉讼案件。", Loc: s.Loc},
				report.Sentence{Section: s.Key, Text: "全年没有收取信息处理费，无被纠错案件。", Loc: s.End})
		}
		if r := d.Tables.Review; r != nil {
			for _, g := range []map[string]report.Cell{r.Reconsideration, r.LitigationDirect} {
				if c, ok := g["total"]; ok && c.Value != nil {
					g["total"] = numCell(c, *c.Value+2)
				}
			}
		}
	},
}

func numCell(c report.Cell, v float64) report.Cell {
	c.Value = &v
	c.Raw = fmt.Sprint(v)
	return c
}
