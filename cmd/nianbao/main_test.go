package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seed000 = "../../testdata/seeds/000_55d435d651c286e9.txt"

// runCmd runs nianbao in-process and returns its exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestParse(t *testing.T) {
	code, out, errOut := runCmd(t, "", "parse", seed000)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		SchemaVersion int `json:"schema_version"`
		Title         struct{ Text string }
		Source        struct{ Path, Format, Encoding string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if doc.SchemaVersion != 1 || doc.Title.Text != "2024年昌吉州发改委政府信息公开工作年度报告" || doc.Source.Path != seed000 || doc.Source.Format != "text" {
		t.Errorf("unexpected document: %+v", doc)
	}
	if !strings.Contains(out, "\n  \"title\"") {
		t.Error("output is not indented")
	}
}

func TestParseStdinAndText(t *testing.T) {
	data, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCmd(t, string(data), "parse", "--text", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(out, "\n")
	// Full-width punctuation is folded one rune for one, so columns stay put.
	if lines[0] != "2024年昌吉州发改委政府信息公开工作年度报告" || len(lines) < 64 || lines[62] != "2025年1月19日" {
		t.Errorf("--text output starts %q and has %d lines", lines[0], len(lines))
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.txt")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"parse", filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"binary file", []string{"parse", bin}, "image.txt: not a text file"},
		{"no argument", []string{"parse"}, "accepts 1 arg"},
		{"bad flag", []string{"parse", "--frobnicate", seed000}, "unknown flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tt.args...)
			if code != 2 || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tt.want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "nianbao ") || !strings.Contains(out, "\nopa 1.") || !strings.Contains(out, "\nschema 1\n") {
		t.Errorf("exit %d, output %q", code, out)
	}
}
