package main

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// TestProgressOnATerminal lints 25 reports with standard error on a
// pseudo-terminal: a progress bar is drawn there and cleared, and standard
// output holds the results alone; with --quiet, or with standard error
// not a terminal, nothing is drawn.
func TestProgressOnATerminal(t *testing.T) {
	dir := t.TempDir()
	for i := range 25 {
		copySeed(t, noTitle, filepath.Join(dir, "r"+string(rune('a'+i))+".txt"))
	}
	lintOnTerminal := func(args ...string) (string, string) {
		ptmx, tty, err := pty.Open()
		if err != nil {
			t.Fatalf("pty: %v", err)
		}
		defer ptmx.Close()
		if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 100}); err != nil {
			t.Fatal(err)
		}
		seen := make(chan string)
		go func() {
			b, _ := io.ReadAll(ptmx)
			seen <- string(b)
		}()
		var out bytes.Buffer
		run(append([]string{"lint"}, args...), strings.NewReader(""), &out, tty)
		tty.Close()
		return out.String(), <-seen
	}

	out, term := lintOnTerminal(dir)
	if !strings.Contains(term, "检查中") || !strings.Contains(term, "/25, ") {
		t.Errorf("no progress bar on the terminal:\n%q", term)
	}
	if strings.Contains(out, "检查中") || !strings.Contains(out, "共检查 25 个文件") {
		t.Errorf("standard output:\n%s", out)
	}
	out, term = lintOnTerminal("--quiet", dir)
	if strings.Contains(term, "检查中") || strings.Contains(out, "共检查") || !strings.Contains(out, "[structure/title-missing]") {
		t.Errorf("--quiet: terminal %q, output:\n%s", term, out)
	}
	var errOut bytes.Buffer
	run([]string{"lint", dir}, strings.NewReader(""), io.Discard, &errOut)
	if errOut.Len() != 0 {
		t.Errorf("standard error not a terminal: %q", errOut.String())
	}
}

// TestXLSXNotToATerminal refuses to print a workbook's bytes on a
// terminal, and writes them to a pipe.
func TestXLSXNotToATerminal(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("pty: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	var errOut bytes.Buffer
	if code := run([]string{"lint", "-f", "xlsx", seed000}, strings.NewReader(""), tty, &errOut); code != 2 || !strings.Contains(errOut.String(), "-o 文件") {
		t.Errorf("on a terminal: exit %d, %q", code, errOut.String())
	}
	var out bytes.Buffer
	run([]string{"lint", "-f", "xlsx", seed000}, strings.NewReader(""), &out, io.Discard)
	if !bytes.HasPrefix(out.Bytes(), []byte("PK")) {
		t.Errorf("to a pipe: %.20q, want a zip", out.String())
	}
}
