package config

import (
	"path/filepath"
	"testing"
)

func TestPatterns(t *testing.T) {
	base := filepath.FromSlash("/repo")
	tests := []struct {
		globs []string
		path  string
		isDir bool
		want  bool
	}{
		{[]string{"archive/**"}, "/repo/archive/2019/a.txt", false, true},
		{[]string{"archive/**"}, "/repo/archive/a.txt", false, true},
		{[]string{"archive/**"}, "/repo/reports/archive/a.txt", false, false}, // anchored
		{[]string{"archive/**"}, "/repo/archived.txt", false, false},
		{[]string{"archive"}, "/repo/reports/archive/a.txt", false, true}, // no slash: any depth, and what is beneath
		{[]string{"archive"}, "/repo/archive", true, true},
		{[]string{"/archive"}, "/repo/reports/archive/a.txt", false, false}, // leading slash anchors
		{[]string{"/archive"}, "/repo/archive/a.txt", false, true},
		{[]string{"*.docx"}, "/repo/a/b/c.docx", false, true},
		{[]string{"*.docx"}, "/repo/a/b/c.txt", false, false},
		{[]string{"drafts/"}, "/repo/x/drafts", false, false}, // directories only
		{[]string{"drafts/"}, "/repo/x/drafts", true, true},
		{[]string{"drafts/"}, "/repo/x/drafts/a.txt", false, true},
		{[]string{"reports/*/old.txt"}, "/repo/reports/2023/old.txt", false, true},
		{[]string{"reports/*/old.txt"}, "/repo/reports/2023/x/old.txt", false, false},
		{[]string{"reports/**/old.txt"}, "/repo/reports/2023/x/old.txt", false, true},
		{[]string{"**/old/**"}, "/repo/a/old/b.txt", false, true},
		{[]string{"archive/**", "!archive/keep.txt"}, "/repo/archive/keep.txt", false, false},
		{[]string{"archive/**", "!archive/keep.txt"}, "/repo/archive/other.txt", false, true},
		{[]string{"!a.txt", "*.txt"}, "/repo/a.txt", false, true}, // the last match decides
		{[]string{"**"}, "/elsewhere/a.txt", false, false},        // outside the base
		{[]string{"**"}, "/repo", true, false},
		{[]string{"报告/**"}, "/repo/报告/2024.txt", false, true},
		{nil, "/repo/a.txt", false, false},
	}
	for _, tt := range tests {
		ps := Patterns{base: base}
		for _, g := range tt.globs {
			p, err := compilePattern(g)
			if err != nil {
				t.Fatalf("%q: %v", g, err)
			}
			ps.list = append(ps.list, p)
		}
		if got := ps.Match(filepath.FromSlash(tt.path), tt.isDir); got != tt.want {
			t.Errorf("%q match %s (dir %v) = %v, want %v", tt.globs, tt.path, tt.isDir, got, tt.want)
		}
	}
}

func TestPatternsRelativeToWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	p, err := compilePattern("old/**")
	if err != nil {
		t.Fatal(err)
	}
	ps := Patterns{base: dir, list: []pattern{p}}
	if !ps.Match(filepath.Join("old", "a.txt"), false) || ps.Match("a.txt", false) {
		t.Error("relative paths are not taken relative to the working directory")
	}
}

func TestCompilePatternErrors(t *testing.T) {
	for _, g := range []string{"", "/", "!", "a[", "  "} {
		if _, err := compilePattern(g); err == nil {
			t.Errorf("%q compiles", g)
		}
	}
}
