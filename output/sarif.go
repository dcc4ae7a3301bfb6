package output

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/nianbao/nianbao/engine"
)

// InformationURI is nianbao's home page, named in SARIF output.
const InformationURI = "https://github.com/nianbao/nianbao"

// SARIF writes a SARIF 2.1.0 log with one run: a rule for every rule
// evaluated and a result for every diagnostic, its fingerprint in
// partialFingerprints ("nianbao/v1") and, with a baseline, its
// baselineState ("new"; those the baseline lists are left out). Columns
// count Unicode code points; artifact URIs are relative to the working
// directory.
type SARIF struct {
	// WorkDir is the directory artifact URIs are relative to.
	WorkDir string
}

// srcRoot is the uriBaseId of artifact URIs relative to the working
// directory.
const srcRoot = "%SRCROOT%"

// Format implements Formatter.
func (s SARIF) Format(w io.Writer, r *Result) error {
	log := sarif.NewReport()
	log.AddRun(s.run(r))
	raw, err := json.Marshal(log)
	if err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	var tree any
	if err := json.Unmarshal(raw, &tree); err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(lean(tree)); err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	return nil
}

// lean drops what the SARIF library writes for every property left unset:
// empty arrays and objects, and the -1 it gives an integer that is not
// there (an index, a length, a rank: none of nianbao's is ever -1). SARIF defines each of them as the absence of the property,
// so the log means the same, at a fraction of the size. A run's empty
// results stay: they say that nothing was found (all of it in the
// baseline, say), where no results would say that nothing was checked.
func lean(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			e = lean(e)
			if k == "results" && e != nil {
				x[k] = e
				continue
			}
			if empty(e) || e == float64(-1) {
				delete(x, k)
				continue
			}
			x[k] = e
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = lean(e)
		}
		return x
	}
	return v
}

func empty(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}

func (s SARIF) run(r *Result) *sarif.Run {
	run := sarif.NewRunWithInformationURI("nianbao", InformationURI)
	run.Tool.Driver.WithVersion(r.Version)
	run.WithColumnKind("unicodeCodePoints")
	run.Language = "zh-CN"
	if r.Lang == "en" {
		run.Language = "en-US"
	}
	run.Tool.Driver.WithLanguage(run.Language)
	if s.WorkDir != "" {
		root := url.URL{Scheme: "file", Path: filepath.ToSlash(s.WorkDir)}
		if !strings.HasPrefix(root.Path, "/") {
			root.Path = "/" + root.Path // C:/dir
		}
		if !strings.HasSuffix(root.Path, "/") {
			root.Path += "/"
		}
		run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{srcRoot: *sarif.NewSimpleArtifactLocation(root.String())})
	}
	// Only the rules that have results are described: a consumer needs
	// no more, and the descriptions are most of a log's size.
	byID := map[string]engine.Rule{}
	for _, rule := range r.Rules {
		byID[rule.ID] = rule
	}
	// One invocation: successful unless a file could not be linted
	// completely, each such file a notification.
	inv := sarif.NewInvocation().WithExecutionSuccessful(true)
	run.AddInvocation(inv)
	for _, f := range r.SortedFiles() {
		loc := s.artifactLocation(f.Path)
		if f.Failed() {
			inv.WithExecutionSuccessful(false).AddToolExecutionNotification(sarif.NewNotification().
				WithLevel("error").
				WithMessage(sarif.NewTextMessage(failedMessage(r.Lang, f))).
				AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(loc))))
		}
		if len(f.Diagnostics) > 0 || f.Failed() {
			run.AddDistinctArtifact(*loc.URI).WithLocation(loc)
		}
		for _, d := range f.Diagnostics {
			if run.GetRuleIndex(d.Rule) < 0 {
				rule, ok := byID[d.Rule]
				if !ok {
					// Not among the rules evaluated: describe it from the
					// diagnostic so that the result still names a rule.
					rule = engine.Rule{ID: d.Rule, Title: d.Title, Severity: d.Severity, Basis: d.Basis, Docs: d.Docs}
				}
				addRule(run, rule, r.Lang)
			}
			res := run.CreateResultForRule(d.Rule).
				WithLevel(sarifLevel(d.Severity)).
				WithMessage(sarif.NewTextMessage(d.Message)).
				AddLocation(sarif.NewLocationWithPhysicalLocation(
					sarif.NewPhysicalLocation().
						WithArtifactLocation(loc).
						WithRegion(region(d.Location))))
			if d.Fingerprint != "" {
				res.WithPartialFingerprints(map[string]string{engine.FingerprintVersion: d.Fingerprint})
			}
			if r.Baseline != nil {
				// Results the baseline lists ("unchanged") are left out.
				res.WithBaselineState("new")
			}
			var related []*sarif.Location
			for i, rel := range d.Related {
				related = append(related, sarif.NewLocationWithPhysicalLocation(
					sarif.NewPhysicalLocation().
						WithArtifactLocation(s.artifactLocation(rel.Path)).
						WithRegion(region(engine.Location{Path: rel.Path, Loc: rel.Location}))).
					WithID(i+1).
					WithMessage(sarif.NewTextMessage(rel.Message)))
			}
			if len(related) > 0 {
				res.WithRelatedLocations(related)
			}
		}
	}
	return run
}

// artifactLocation returns the location of the file at path: a URI
// relative to the working directory (%SRCROOT%) when it lies inside it, an
// absolute file: URI otherwise.
func (s SARIF) artifactLocation(path string) *sarif.ArtifactLocation {
	uri := fileURI(s.WorkDir, path)
	loc := sarif.NewSimpleArtifactLocation(uri)
	if s.WorkDir != "" && !strings.HasPrefix(uri, "file:") {
		loc.WithURIBaseID(srcRoot)
	}
	return loc
}

// addRule describes rule as a SARIF reportingDescriptor.
func addRule(run *sarif.Run, rule engine.Rule, lang string) {
	desc := run.AddRule(rule.ID).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(unwrap(rule.TitleIn(lang)))).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(rule.Severity)))
	if d := unwrap(rule.DescriptionIn(lang)); d != "" {
		desc.WithFullDescription(sarif.NewMultiformatMessageString().WithText(d))
	}
	if rule.Docs != "" {
		desc.WithHelpURI(rule.Docs)
	}
	text, markdown := ruleHelp(rule, lang)
	desc.WithHelp(sarif.NewMultiformatMessageString().WithText(text).WithMarkdown(markdown))
	if rule.Category != "" {
		desc.WithProperties(sarif.NewPropertyBag().AddTag(rule.Category))
	}
}

// ruleHelp returns the help of a rule as text and as Markdown: its
// description, its basis and a link to its documentation.
func ruleHelp(rule engine.Rule, lang string) (text, markdown string) {
	basisLabel, docsLabel := "依据：", "文档："
	if lang == "en" {
		basisLabel, docsLabel = "Basis: ", "Documentation: "
	}
	var t, m []string
	d := unwrap(rule.DescriptionIn(lang))
	if d == "" {
		d = unwrap(rule.TitleIn(lang))
	}
	t, m = append(t, d), append(m, d)
	if rule.Basis != "" {
		t, m = append(t, basisLabel+rule.Basis), append(m, basisLabel+rule.Basis)
	}
	if rule.Docs != "" {
		t = append(t, docsLabel+rule.Docs)
		m = append(m, fmt.Sprintf("%s[%s](%s)", docsLabel, rule.ID, rule.Docs))
	}
	return strings.Join(t, "\n\n"), strings.Join(m, "\n\n")
}

// unwrap joins the hard-wrapped lines of each paragraph of s (paragraphs are
// separated by blank lines): without a space between two Chinese
// characters, with one otherwise.
func unwrap(s string) string {
	paras := strings.Split(strings.TrimSpace(s), "\n\n")
	for i, p := range paras {
		var b strings.Builder
		for j, line := range strings.Split(p, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if j > 0 && b.Len() > 0 {
				prev, _ := utf8.DecodeLastRuneInString(b.String())
				next, _ := utf8.DecodeRuneInString(line)
				if !wide(prev) || !wide(next) {
					b.WriteByte(' ')
				}
			}
			b.WriteString(line)
		}
		paras[i] = b.String()
	}
	return strings.Join(paras, "\n\n")
}

// wide reports whether r is a Chinese character or full-width punctuation,
// between which a line break stands for nothing.
func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x2010 && r <= 0x2027)
}

// region returns the SARIF region of a location; the end column, like
// nianbao's, is that of the character after the region.
func region(loc engine.Location) *sarif.Region {
	line, col := max(loc.Line, 1), max(loc.Column, 1)
	reg := sarif.NewRegion().WithStartLine(line).WithStartColumn(col)
	if loc.EndLine >= line && loc.EndColumn >= 1 && (loc.EndLine > line || loc.EndColumn >= col) {
		reg.WithEndLine(loc.EndLine).WithEndColumn(loc.EndColumn)
	}
	return reg
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s engine.Severity) string {
	switch s {
	case engine.SeverityError:
		return sarif.LevelError
	case engine.SeverityWarning:
		return sarif.LevelWarning
	}
	return sarif.LevelNote
}
