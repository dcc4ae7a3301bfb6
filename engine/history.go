package engine

import (
	"context"
	"os"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/width"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// A report is read beside the same issuer's report of the year before:
// the policies see it as input.previous and the sections' likeness as
// input.comparison (the history/* rules). Pairing needs only each
// report's issuer and year, so a run identifies its files first (a
// parse, without policies) and reads a previous report again when it
// lints its successor: no document is kept for it.

// Identity is what pairs a report with its predecessor: its issuer's
// name, normalised, and its year (0 when unknown).
type Identity struct {
	Issuer string
	Year   int
}

// Identify parses each source for its identity, with at most jobs workers
// (the number of CPUs when jobs < 1); a source that cannot be read as a
// report has the zero identity.
func Identify(ctx context.Context, sources []Source, jobs int) []Identity {
	ids := make([]Identity, len(sources))
	forEach(len(sources), jobs, func(i int) {
		if ctx.Err() == nil {
			ids[i] = identify(sources[i])
		}
	})
	return ids
}

func identify(s Source) (id Identity) {
	defer func() {
		if recover() != nil {
			id = Identity{}
		}
	}()
	data, err := s.Read()
	if err != nil {
		return Identity{}
	}
	doc, err := parser.Parse(s.Path, data)
	if err != nil || doc.Issuer == nil || doc.Year == nil {
		return Identity{}
	}
	return Identity{Issuer: NormalizeIssuer(doc.Issuer.Name), Year: *doc.Year}
}

// NormalizeIssuer is an issuer's name as pairing compares it: full-width
// forms folded, white space and quotation marks left out. Nothing else
// changes: 人民政府 and 政府 are different names, as are two bodies whose
// names share most of their characters.
func NormalizeIssuer(name string) string {
	name = width.Fold.String(name)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’「」", r) {
			return -1
		}
		return r
	}, name)
}

// Pair returns, for each identity, the index of the one that is its
// predecessor (same issuer, the year before), or -1. When two reports
// claim the same issuer and year, none of them is paired: which one is
// meant cannot be told.
func Pair(ids []Identity) []int {
	type key struct {
		issuer string
		year   int
	}
	at := map[key]int{}
	for i, id := range ids {
		if id.Issuer == "" || id.Year == 0 {
			continue
		}
		k := key{id.Issuer, id.Year}
		if _, dup := at[k]; dup {
			at[k] = -1
			continue
		}
		at[k] = i
	}
	prev := make([]int, len(ids))
	for i, id := range ids {
		prev[i] = -1
		if at[key{id.Issuer, id.Year}] != i {
			continue // unidentified or ambiguous
		}
		if j, ok := at[key{id.Issuer, id.Year - 1}]; ok && j >= 0 {
			prev[i] = j
		}
	}
	return prev
}

// attach makes prev the previous report of doc, and measures the two.
func attach(doc, prev *report.Document) {
	p := *prev
	p.Previous, p.Comparison = nil, nil
	doc.Previous = &p
	doc.Comparison = Compare(doc, &p)
}

// maxCompared is how many characters of a section are compared: more
// than any section's narrative, and the edit distance stays cheap.
const maxCompared = 4000

// Compare measures each section doc and prev both have: 1 − their edit
// distance (levenshtein) over the longer text's length, their texts
// without white space or punctuation and with every digit alike, so that
// a year or a figure brought up to date still reads as the same words.
func Compare(doc, prev *report.Document) *report.Comparison {
	c := &report.Comparison{Sections: map[string]float64{}}
	last := map[string]string{}
	for _, s := range prev.Sections {
		last[s.Key] += s.Text
	}
	this := map[string]string{}
	for _, s := range doc.Sections {
		this[s.Key] += s.Text
	}
	for key, text := range this {
		old, ok := last[key]
		if !ok {
			continue
		}
		a, b := comparable(text), comparable(old)
		longer := max(len(a), len(b))
		if longer == 0 {
			continue
		}
		d := levenshtein.ComputeDistance(string(a), string(b))
		sim := 1 - float64(d)/float64(longer)
		c.Sections[key] = float64(int(sim*1000+0.5)) / 1000
	}
	return c
}

// comparable is a text's letters and digits (every digit 0), folded to
// their narrow forms, at most maxCompared of them.
func comparable(s string) []rune {
	var out []rune
	for _, r := range width.Fold.String(s) {
		switch {
		case unicode.IsDigit(r):
			out = append(out, '0')
		case unicode.IsLetter(r):
			out = append(out, r)
		}
		if len(out) == maxCompared {
			return out
		}
	}
	return out
}

// attachChildren reads the children of a roll-up beside doc; a child that
// cannot be read as a report is named among the missing.
func (e *Engine) attachChildren(doc *report.Document, s *Source) {
	for _, c := range s.Children {
		child := readReport(c)
		if child == nil {
			doc.ChildrenMissing = append(doc.ChildrenMissing, c.Path)
			continue
		}
		child.Previous, child.Comparison = nil, nil
		doc.Children = append(doc.Children, *child)
	}
	doc.ChildrenMissing = append(doc.ChildrenMissing, s.ChildrenMissing...)
}

// LoadRollup reads a roll-up file: a YAML mapping from the name of a body
// whose report aggregates its units to the names of those units.
func LoadRollup(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string][]string
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, l10n.Wrap(err, "roll-up file %s", path)
	}
	return m, nil
}

// Rollup gives each report of a body the roll-up names the reports of its
// units of the same year (ids are the sources' identities), and names
// the units whose report of the year is not among sources.
func Rollup(sources []Source, ids []Identity, rollup map[string][]string) {
	type key struct {
		issuer string
		year   int
	}
	at := map[key]int{}
	for i, id := range ids {
		if id.Issuer != "" && id.Year != 0 {
			at[key{id.Issuer, id.Year}] = i
		}
	}
	children := map[string][]string{}
	for parent, units := range rollup {
		children[NormalizeIssuer(parent)] = units
	}
	for i, id := range ids {
		units, ok := children[id.Issuer]
		if !ok || id.Year == 0 {
			continue
		}
		for _, u := range units {
			if j, found := at[key{NormalizeIssuer(u), id.Year}]; found && j != i {
				c := sources[j]
				c.Previous, c.Children, c.ChildrenMissing = nil, nil, nil
				sources[i].Children = append(sources[i].Children, c)
			} else {
				sources[i].ChildrenMissing = append(sources[i].ChildrenMissing, u)
			}
		}
	}
}

// IdentityOf is the identity of a report linted, from what it says of
// itself (FileResult.Report): the same as Identify finds by parsing it.
func IdentityOf(m *ReportMeta) Identity {
	if m == nil || m.Issuer == "" || m.Year == nil {
		return Identity{}
	}
	return Identity{Issuer: NormalizeIssuer(m.Issuer), Year: *m.Year}
}
