package config

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/nianbao/nianbao/internal/l10n"
)

// Patterns are gitignore-style globs relative to a base directory:
//
//   - a pattern with a slash at the start or in the middle is anchored at
//     the base directory ("reports/2023/*.pdf"); one without matches at any
//     depth ("*.docx", "drafts");
//   - "**" matches any number of directories ("archive/**", "**/old");
//   - a pattern that matches a directory matches everything beneath it;
//     a trailing slash matches directories only ("drafts/");
//   - a leading "!" takes a path back that an earlier pattern matched.
//
// The last pattern that matches a path decides.
type Patterns struct {
	base string
	list []pattern
}

type pattern struct {
	glob    string
	negate  bool
	dirOnly bool
}

// NewPatterns compiles globs relative to the directory base, as the
// configuration's ignore: does (for --exclude on the command line).
func NewPatterns(base string, globs []string) (Patterns, error) {
	ps := Patterns{base: base}
	for _, g := range globs {
		p, err := compilePattern(g)
		if err != nil {
			return ps, err
		}
		ps.list = append(ps.list, p)
	}
	return ps, nil
}

// compilePattern reads one gitignore-style glob.
func compilePattern(s string) (pattern, error) {
	var p pattern
	g := strings.TrimSpace(s)
	if strings.HasPrefix(g, "!") {
		p.negate = true
		g = g[1:]
	}
	if strings.HasSuffix(g, "/") {
		p.dirOnly = true
		g = strings.TrimRight(g, "/")
	}
	anchored := strings.Contains(g, "/")
	g = strings.TrimPrefix(g, "/")
	if g == "" {
		return p, l10n.New("empty pattern %q", s)
	}
	if !anchored && !strings.HasPrefix(g, "**") {
		g = "**/" + g
	}
	if !doublestar.ValidatePattern(g) {
		return p, l10n.New("invalid glob %q", s)
	}
	p.glob = g
	return p, nil
}

// matches reports whether p matches rel (slash-separated, relative to the
// base) or one of the directories it lies in.
func (p pattern) matches(rel string, isDir bool) bool {
	if (isDir || !p.dirOnly) && doublestar.MatchUnvalidated(p.glob, rel) {
		return true
	}
	for dir := path.Dir(rel); dir != "." && dir != "/"; dir = path.Dir(dir) {
		if doublestar.MatchUnvalidated(p.glob, dir) {
			return true
		}
	}
	return false
}

// Match reports whether the patterns select the file (or, for isDir, the
// directory) at name, a path relative to the working directory or
// absolute. Paths outside the base directory never match.
func (ps Patterns) Match(name string, isDir bool) bool {
	if len(ps.list) == 0 {
		return false
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(ps.base, abs)
	if err != nil || rel == "." || !filepath.IsLocal(rel) {
		return false
	}
	rel = filepath.ToSlash(rel)
	matched := false
	for _, p := range ps.list {
		if p.negate == matched && p.matches(rel, isDir) {
			matched = !p.negate
		}
	}
	return matched
}
