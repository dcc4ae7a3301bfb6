package engine

import (
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/internal/suggest"
)

// DocsBase is where the rule documentation lives; a rule's docs link is
// DocsBase + "#" + its anchor.
const DocsBase = "https://github.com/nianbao/nianbao/blob/main/docs/rules.md"

// Rule describes one rule, read from its package's METADATA.
type Rule struct {
	ID            string            `json:"id"`
	Category      string            `json:"category"`
	Severity      Severity          `json:"severity"`
	Title         string            `json:"title"`
	TitleEn       string            `json:"title_en,omitempty"`
	Description   string            `json:"description"`
	DescriptionEn string            `json:"description_en,omitempty"`
	Basis         string            `json:"basis,omitempty"`
	Messages      map[string]string `json:"messages,omitempty"`
	// Package is the Rego package of the rule (data.…).
	Package string `json:"package"`
	// Builtin is false for rules loaded with --policy.
	Builtin bool   `json:"builtin"`
	Docs    string `json:"docs"`
	// custom keeps every custom annotation, for messages other than the
	// rule's main one.
	custom map[string]any
}

// TitleIn returns the rule's title in lang, falling back to Chinese.
func (r Rule) TitleIn(lang string) string {
	if lang == "en" && r.TitleEn != "" {
		return r.TitleEn
	}
	return r.Title
}

// DescriptionIn returns the rule's description in lang, falling back to
// Chinese.
func (r Rule) DescriptionIn(lang string) string {
	if lang == "en" && r.DescriptionEn != "" {
		return r.DescriptionEn
	}
	return r.Description
}

// message returns the custom message template key (e.g. "message") in lang.
func (r Rule) message(key, lang string) string {
	m, _ := r.custom[key].(map[string]any)
	if s, ok := m[lang].(string); ok {
		return s
	}
	s, _ := m["zh"].(string)
	return s
}

// Anchor returns the rule's anchor in docs/rules.md: GitHub's slug of its
// heading, the id ("structure/title-missing" → "structuretitle-missing").
func Anchor(id string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(id) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteRune('-')
		}
	}
	return b.String()
}

// rulesFrom reads the rules from the package annotations of compiled
// modules: every package whose METADATA has custom.id.
func rulesFrom(c *ast.Compiler, builtin func(file string) bool) ([]Rule, error) {
	var rules []Rule
	seen := map[string]string{}
	for _, ref := range c.GetAnnotationSet().Flatten() {
		a := ref.Annotations
		if a == nil || a.Scope != "package" {
			continue
		}
		id, _ := a.Custom["id"].(string)
		if id == "" {
			continue
		}
		file := ""
		if a.Location != nil {
			file = a.Location.File
		}
		if prev, dup := seen[id]; dup {
			custom, other := file, prev
			if !builtin(other) {
				custom, other = prev, file
			}
			if builtin(other) {
				return nil, l10n.New("%s: custom rule id %s is the id of a built-in rule; give the custom rule an id of its own (e.g. region/…)", custom, id)
			}
			return nil, l10n.New("rule id %s is declared twice: in %s and in %s", id, prev, file)
		}
		seen[id] = file
		r := Rule{
			ID:          id,
			Title:       a.Title,
			Description: strings.TrimSpace(a.Description),
			Package:     ref.Path.String(),
			Builtin:     builtin(file),
			Docs:        DocsBase + "#" + Anchor(id),
			custom:      a.Custom,
		}
		r.Category, _ = a.Custom["category"].(string)
		if r.Category == "" {
			r.Category, _, _ = strings.Cut(id, "/")
		}
		sev, _ := a.Custom["severity"].(string)
		r.Severity = Severity(sev)
		if r.Severity.Rank() == 0 {
			return nil, l10n.New("%s: rule %s: severity %q is not error, warning or info", file, id, sev)
		}
		r.TitleEn, _ = a.Custom["title_en"].(string)
		d, _ := a.Custom["description_en"].(string)
		r.DescriptionEn = strings.TrimSpace(d)
		r.Basis, _ = a.Custom["basis"].(string)
		if m, ok := a.Custom["message"].(map[string]any); ok {
			r.Messages = map[string]string{}
			for k, v := range m {
				if s, ok := v.(string); ok {
					r.Messages[k] = s
				}
			}
		}
		rules = append(rules, r)
	}
	return rules, nil
}

// matchRules returns the ids of rules matching pattern: an id, or a glob
// such as "category/*".
func matchRules(rules []Rule, pattern string) []string {
	var out []string
	for _, r := range rules {
		if MatchRule(pattern, r.ID) {
			out = append(out, r.ID)
		}
	}
	return out
}

// MatchRule reports whether a rule id matches pattern: the id itself, or
// a glob such as "category/*".
func MatchRule(pattern, id string) bool {
	ok, _ := path.Match(pattern, id)
	return ok || pattern == id
}

// UnknownRuleError says that a rule id or pattern names no rule.
type UnknownRuleError struct {
	Pattern string
	// Closest is the most similar valid id, if any is close.
	Closest string
}

func (e *UnknownRuleError) Error() string { return e.Localize("en") }

// Localize gives the error in lang (internal/l10n).
func (e *UnknownRuleError) Localize(lang string) string {
	if e.Closest != "" {
		return l10n.Sprintf(lang, "unknown rule %q (did you mean %q?)", e.Pattern, e.Closest)
	}
	return l10n.Sprintf(lang, "unknown rule %q (nianbao rules lists them)", e.Pattern)
}

// closestRule returns the valid id nearest to s, or "" when none is near.
func closestRule(rules []Rule, s string) string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return suggest.Closest(s, ids, 3)
}

// CheckRule returns an *UnknownRuleError when pattern matches no rule.
func CheckRule(rules []Rule, pattern string) error {
	if len(matchRules(rules, pattern)) > 0 {
		return nil
	}
	return &UnknownRuleError{Pattern: pattern, Closest: closestRule(rules, pattern)}
}

// Levels resolves rule levels: configured levels by id first, then
// --disable patterns (off), then --enable patterns (the rule's default
// severity, or its configured level when that is not off).
func Levels(rules []Rule, configured map[string]string, disable, enable []string) (map[string]string, error) {
	levels := map[string]string{}
	for id, lvl := range configured {
		if err := CheckRule(rules, id); err != nil {
			return nil, err
		}
		if !slices.Contains([]string{"off", "info", "warning", "error"}, lvl) {
			return nil, l10n.New("rule %s: invalid level %q: use off, info, warning or error", id, lvl)
		}
		for _, m := range matchRules(rules, id) {
			levels[m] = lvl
		}
	}
	for _, p := range disable {
		if err := CheckRule(rules, p); err != nil {
			return nil, err
		}
		for _, id := range matchRules(rules, p) {
			levels[id] = "off"
		}
	}
	for _, p := range enable {
		if err := CheckRule(rules, p); err != nil {
			return nil, err
		}
		for _, id := range matchRules(rules, p) {
			if lvl, ok := configured[id]; ok && lvl != "off" {
				levels[id] = lvl
			} else {
				delete(levels, id)
			}
		}
	}
	return levels, nil
}
