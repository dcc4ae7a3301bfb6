package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintHostileFilesBesideAReport lints a directory where a real report
// stands beside files no report is: a 12 MB line of table cells, 20 MB of
// report words in random order, HTML nested 100,000 deep and a Word zip
// bomb. The report gets the diagnostics it gets alone, each hostile file a
// diagnostic of its own or is passed over as no report, and none of the
// files is changed.
func TestLintHostileFilesBesideAReport(t *testing.T) {
	dir := t.TempDir()
	report, err := os.ReadFile("../../testdata/seeds/003_894c8dbdb6e23194.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"report.txt":  report,
		"oneline.txt": []byte(strings.Repeat("规章 | ", (12<<20)/len("规章 | "))),
		"words.txt":   randomWords(20 << 20),
		"nested.html": []byte(strings.Repeat("<div>", 100000) + "一、总体情况" + strings.Repeat("</div>", 100000)),
		"bomb.docx":   zipBomb(t),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	_, alone, _ := runCmd(t, "", "lint", "--format", "json", filepath.Join(dir, "report.txt"))
	code, out, errOut := runCmd(t, "", "lint", "--format", "json", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (errors found); stderr %s", code, errOut)
	}
	got, skipped := jsonFiles(t, out)
	want, _ := jsonFiles(t, alone)
	if len(got)+skipped != len(files) {
		t.Errorf("%d files in the result and %d skipped as no report, want %d in all", len(got), skipped, len(files))
	}
	if got["report.txt"] != want["report.txt"] || want["report.txt"] == "" {
		t.Errorf("the report beside the hostile files:\n%s\nalone:\n%s", got["report.txt"], want["report.txt"])
	}
	// The files that cannot be read as reports are named; those read
	// that are no report are passed over (counted as skipped).
	for _, name := range []string{"nested.html", "bomb.docx"} {
		if got[name] == "" {
			t.Errorf("%s: no diagnostic", name)
		}
	}
	if !strings.Contains(got["bomb.docx"], "压缩炸弹") {
		t.Errorf("bomb.docx: %s, want the zip bomb named", got["bomb.docx"])
	}
	for name, data := range files {
		now, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(now, data) {
			t.Errorf("%s was changed", name)
		}
	}
}

// randomWords is about n bytes of a report's words in random order.
func randomWords(n int) []byte {
	words := []string{"一、总体情况", "二、主动公开政府信息情况", "规章", "规范性文件", "（一）", "总计",
		"本年新收政府信息公开申请数量", "自然人", "0", "12", "2024年", "。", "，", "|", " ", "\n"}
	r := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.Bytes()
}

// zipBomb is a Word file whose document.xml is 100 MB of zeros.
func zipBomb(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for range 100 {
		if _, err := w.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// jsonFiles gives, for each file of a JSON result by base name, its
// diagnostics as "rule: message" lines without locations, and the count
// of files skipped as no report.
func jsonFiles(t *testing.T, out string) (map[string]string, int) {
	t.Helper()
	var res struct {
		Files []struct {
			Path        string
			Diagnostics []struct{ Rule, Message string }
		}
		Summary struct{ Skipped int }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	m := map[string]string{}
	for _, f := range res.Files {
		var lines []string
		for _, d := range f.Diagnostics {
			lines = append(lines, d.Rule+": "+d.Message)
		}
		m[filepath.Base(f.Path)] = strings.Join(lines, "\n")
	}
	return m, res.Summary.Skipped
}
