// Package score scores reports against a region's own indicators: a
// scoring file (YAML) gives each item — a set of rules, by id or pattern
// such as "arithmetic/*" — the points one finding deducts and a cap per
// item, and a mode: conservative (only errors deduct) or strict (warnings
// too). A report's score is the total less its deductions. What is wrong
// is still decided by the policies; the scheme only weighs their findings.
package score

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
)

// Modes.
const (
	Conservative = "conservative"
	Strict       = "strict"
)

// Scheme is a scoring file.
type Scheme struct {
	// Name names the assessment item ("年度报告及时规范发布").
	Name string `yaml:"name"`
	// Total is the full score (100 when not given).
	Total float64 `yaml:"total"`
	// Mode is Conservative (the default) or Strict.
	Mode  string `yaml:"mode"`
	Items []Item `yaml:"items"`
}

// Item is one indicator: the findings of its rules deduct Points each, at
// most Cap in all (no cap when 0). A finding counts for the first item
// whose rules match it.
type Item struct {
	Name   string   `yaml:"name"`
	Rules  []string `yaml:"rules"`
	Points float64  `yaml:"points"`
	Cap    float64  `yaml:"cap"`
}

// Result is one report's score.
type Result struct {
	Score      float64     `json:"score"`
	Total      float64     `json:"total"`
	Deductions []Deduction `json:"deductions"`
}

// Deduction is what one item took off.
type Deduction struct {
	Item     string  `json:"item"`
	Findings int     `json:"findings"`
	Points   float64 `json:"points"`
}

// Load reads and checks a scoring file.
func Load(path string) (*Scheme, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var s Scheme
	if err := dec.Decode(&s); err != nil {
		return nil, l10n.Wrap(err, "scoring file %s", path)
	}
	if err := s.check(); err != nil {
		return nil, l10n.Wrap(err, "scoring file %s", path)
	}
	return &s, nil
}

func (s *Scheme) check() error {
	if s.Total == 0 {
		s.Total = 100
	}
	switch s.Mode {
	case "":
		s.Mode = Conservative
	case Conservative, Strict:
	default:
		return l10n.New("mode %q: use conservative or strict", s.Mode)
	}
	var errs []error
	for i, it := range s.Items {
		if len(it.Rules) == 0 {
			errs = append(errs, l10n.New("item %d (%s) names no rule", i+1, it.Name))
		}
		if it.Points < 0 || it.Cap < 0 {
			errs = append(errs, l10n.New("item %d (%s): points and cap cannot be negative", i+1, it.Name))
		}
	}
	return errors.Join(errs...)
}

// CheckRules returns an error for each rule id or pattern of the scheme
// that names none of rules.
func (s *Scheme) CheckRules(rules []engine.Rule) error {
	var errs []error
	for _, it := range s.Items {
		for _, p := range it.Rules {
			if err := engine.CheckRule(rules, p); err != nil {
				errs = append(errs, l10n.Wrap(err, "%s", it.Name))
			}
		}
	}
	return errors.Join(errs...)
}

// Score scores one report by its diagnostics.
func (s *Scheme) Score(ds []engine.Diagnostic) Result {
	count := make([]int, len(s.Items))
	for _, d := range ds {
		if d.Severity != engine.SeverityError && (s.Mode != Strict || d.Severity != engine.SeverityWarning) {
			continue
		}
		for i, it := range s.Items {
			if slices.ContainsFunc(it.Rules, func(p string) bool { return engine.MatchRule(p, d.Rule) }) {
				count[i]++
				break
			}
		}
	}
	res := Result{Score: s.Total, Total: s.Total, Deductions: []Deduction{}}
	for i, it := range s.Items {
		if count[i] == 0 {
			continue
		}
		p := it.Points * float64(count[i])
		if it.Cap > 0 {
			p = min(p, it.Cap)
		}
		res.Deductions = append(res.Deductions, Deduction{Item: it.Name, Findings: count[i], Points: p})
		res.Score -= p
	}
	res.Score = max(res.Score, 0)
	return res
}

// Format writes a score as people read it: 85 or 82.5.
func Format(v float64) string {
	return fmt.Sprintf("%g", v)
}
