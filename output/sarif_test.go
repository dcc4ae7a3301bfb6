package output

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/schematest"
)

// checkSARIF returns why data is not a SARIF 2.1.0 log, or nil.
func checkSARIF(data []byte) error {
	return schematest.CheckFile("../testdata/sarif/sarif-schema-2.1.0.json", data)
}

// validateSARIF fails the test when data is not a SARIF 2.1.0 log.
func validateSARIF(t *testing.T, data []byte) {
	t.Helper()
	if err := checkSARIF(data); err != nil {
		t.Errorf("output is not valid SARIF 2.1.0:\n%v", err)
	}
}

// The schema check must be able to fail.
func TestCheckSARIFRejects(t *testing.T) {
	for _, bad := range []string{
		`{}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "columnKind": "bytes"}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "info"}]}]}`,
	} {
		if checkSARIF([]byte(bad)) == nil {
			t.Errorf("%s passes the SARIF schema", bad)
		}
	}
	if err := checkSARIF([]byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]}`)); err != nil {
		t.Errorf("a minimal log fails: %v", err)
	}
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind         string `json:"columnKind"`
		Language           string `json:"language"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Tool struct {
			Driver struct {
				Name           string      `json:"name"`
				Version        string      `json:"version"`
				InformationURI string      `json:"informationUri"`
				Rules          []sarifRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []sarifResult `json:"results"`
	} `json:"runs"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifRule struct {
	ID                   string    `json:"id"`
	ShortDescription     sarifText `json:"shortDescription"`
	FullDescription      sarifText `json:"fullDescription"`
	Help                 sarifText `json:"help"`
	HelpURI              string    `json:"helpUri"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifResult struct {
	RuleID    string    `json:"ruleId"`
	RuleIndex int       `json:"ruleIndex"`
	Level     string    `json:"level"`
	Message   sarifText `json:"message"`
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
				EndLine     int `json:"endLine"`
				EndColumn   int `json:"endColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
}

func formatString(t *testing.T, f Formatter, r *Result) string {
	t.Helper()
	var b bytes.Buffer
	if err := f.Format(&b, r); err != nil {
		t.Fatalf("Format: %v", err)
	}
	return b.String()
}

// lintSeeds lints the bundled seeds, named by absolute paths, and returns
// the result and the repository root.
func lintSeeds(t *testing.T) (*Result, string) {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join(root, "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %v, %d files", err, len(paths))
	}
	sort.Strings(paths)
	ctx := context.Background()
	eng, err := engine.New(ctx, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sources []engine.Source
	for _, p := range paths {
		sources = append(sources, engine.Source{Path: p, Read: func() ([]byte, error) { return os.ReadFile(p) }})
	}
	files, err := eng.LintAll(ctx, sources, 0)
	if err != nil {
		t.Fatal(err)
	}
	res := &Result{Version: "1.2.3", Lang: "zh", Files: files, Rules: eng.Rules(), FailLevel: engine.SeverityError}
	return res, root
}

func TestSARIFSeeds(t *testing.T) {
	res, root := lintSeeds(t)
	out := formatString(t, SARIF{WorkDir: root}, res)
	validateSARIF(t, []byte(out))

	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "nianbao" || d.Version != "1.2.3" || d.InformationURI != "https://github.com/nianbao/nianbao" {
		t.Errorf("tool %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	if run.ColumnKind != "unicodeCodePoints" || run.Language != "zh-CN" {
		t.Errorf("columnKind %q, language %q", run.ColumnKind, run.Language)
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file://"+filepath.ToSlash(root)+"/" {
		t.Errorf("%%SRCROOT%% is %q", got)
	}
	// One rule per rule with results, each once: the log describes no
	// rule it does not use.
	used := map[string]bool{}
	for _, r := range run.Results {
		used[r.RuleID] = true
	}
	described := map[string]bool{}
	for _, r := range d.Rules {
		if described[r.ID] || !used[r.ID] {
			t.Errorf("rule %s described twice or without results", r.ID)
		}
		described[r.ID] = true
	}
	if len(d.Rules) != len(used) || len(used) == 0 {
		t.Errorf("%d rules, want one per rule with results (%d)", len(d.Rules), len(used))
	}
	if strings.Contains(out, ": -1") || strings.Contains(out, "[]") || strings.Contains(out, "{}") {
		t.Errorf("the log keeps placeholders of unset properties (-1, [], {})")
	}
	// 003 has no title line: its first line is narrative ("2024年,我局在区委…").
	var found bool
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		if r.RuleID != "structure/title-missing" || loc.ArtifactLocation.URI != "testdata/seeds/003_894c8dbdb6e23194.txt" {
			continue
		}
		found = true
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region.StartLine != 1 || loc.Region.StartColumn != 1 || r.Level != "error" {
			t.Errorf("title-missing result: %+v", r)
		}
		if r.RuleIndex < 0 || r.RuleIndex >= len(d.Rules) || d.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("ruleIndex %d does not point at %s", r.RuleIndex, r.RuleID)
		}
		if !strings.Contains(r.Message.Text, "标题") {
			t.Errorf("message %q", r.Message.Text)
		}
	}
	if !found {
		t.Errorf("no structure/title-missing result for 003 in\n%s", out)
	}
	for _, r := range run.Results {
		if strings.Contains(r.Locations[0].PhysicalLocation.ArtifactLocation.URI, "000_55d435d651c286e9") && r.RuleID == "structure/title-missing" {
			t.Error("000 has a title (2024年昌吉州发改委政府信息公开工作年度报告), yet title-missing is reported")
		}
	}
}

func TestSARIFFixture(t *testing.T) {
	r := fixture()
	r.Lang = "en"
	out := formatString(t, SARIF{WorkDir: fixtureWorkDir}, r)
	validateSARIF(t, []byte(out))
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.Language != "en-US" {
		t.Errorf("language %q", run.Language)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) != 3 {
		t.Fatalf("%d rules, want 3", len(rules))
	}
	byID := map[string]int{}
	for i, r := range rules {
		byID[r.ID] = i
	}
	bal := rules[byID["arithmetic/balance"]]
	if bal.ID != "arithmetic/balance" || bal.ShortDescription.Text != "Totals differ" ||
		bal.FullDescription.Text != "The first plus the second must equal the third." ||
		bal.HelpURI != docs+"arithmeticbalance" || bal.DefaultConfiguration.Level != "error" {
		t.Errorf("rule %+v", bal)
	}
	if want := "The first plus the second must equal the third.\n\nBasis: 国办公开办函〔2021〕30号\n\nDocumentation: " + docs + "arithmeticbalance"; bal.Help.Text != want {
		t.Errorf("help text %q, want %q", bal.Help.Text, want)
	}
	if !strings.Contains(bal.Help.Markdown, "[arithmetic/balance]("+docs+"arithmeticbalance)") {
		t.Errorf("help markdown %q has no link to the docs", bal.Help.Markdown)
	}
	if p, l := rules[byID["contact/phone"]], rules[byID["dates/late"]]; p.DefaultConfiguration.Level != "note" || l.DefaultConfiguration.Level != "warning" {
		t.Errorf("default levels %q %q, want note and warning", p.DefaultConfiguration.Level, l.DefaultConfiguration.Level)
	}

	type row struct {
		rule, level, uri, base     string
		line, col, endLine, endCol int
	}
	var got []row
	for _, res := range run.Results {
		l := res.Locations[0].PhysicalLocation
		got = append(got, row{res.RuleID, res.Level, l.ArtifactLocation.URI, l.ArtifactLocation.URIBaseID,
			l.Region.StartLine, l.Region.StartColumn, l.Region.EndLine, l.Region.EndColumn})
	}
	want := []row{
		{"contact/phone", "note", "file:///elsewhere/%E6%8A%A5%E5%91%8A%20%E4%B8%80.txt", "", 1, 1, 1, 1},
		{"arithmetic/balance", "error", "reports/a,%20b:c.txt", "%SRCROOT%", 3, 5, 3, 9},
		{"arithmetic/balance", "error", "reports/a,%20b:c.txt", "%SRCROOT%", 7, 1, 7, 4},
		{"dates/late", "warning", "reports/a,%20b:c.txt", "%SRCROOT%", 10, 2, 12, 3},
	}
	if len(got) != len(want) {
		t.Fatalf("results %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("result %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if m := run.Results[1].Message.Text; m != "比例 50% 不符: 甲, 乙\n第二行" {
		t.Errorf("message %q", m)
	}
}

func TestSARIFLevelsFollowDiagnostics(t *testing.T) {
	// A rule configured to warning keeps its default level among the rules;
	// its results carry the configured one.
	r := fixture()
	r.Files = r.Files[1:2]
	r.Files[0].Diagnostics = r.Files[0].Diagnostics[:1]
	r.Files[0].Diagnostics[0].Severity = engine.SeverityWarning
	var log sarifLog
	if err := json.Unmarshal([]byte(formatString(t, SARIF{}, r)), &log); err != nil {
		t.Fatal(err)
	}
	if lvl := log.Runs[0].Results[0].Level; lvl != "warning" {
		t.Errorf("result level %q, want warning", lvl)
	}
	if lvl := log.Runs[0].Tool.Driver.Rules[0].DefaultConfiguration.Level; lvl != "error" {
		t.Errorf("default level %q, want error", lvl)
	}
	if log.Runs[0].OriginalURIBaseIDs != nil {
		t.Error("originalUriBaseIds without a working directory")
	}
}

func TestFileURI(t *testing.T) {
	tests := []struct{ dir, path, want string }{
		{"/w", "r/a.txt", "r/a.txt"},
		{"/w", "./r/../a.txt", "a.txt"},
		{"/w", "/w/r/a b.txt", "r/a%20b.txt"},
		{"/w", "/other/a.txt", "file:///other/a.txt"},
		{"/w", "../a.txt", "../a.txt"},
		{"/w", "c:d.txt", "./c:d.txt"},
		{"/w", "报告#1?.txt", "%E6%8A%A5%E5%91%8A%231%3F.txt"},
		{"", "/abs/a.txt", "file:///abs/a.txt"},
	}
	for _, tt := range tests {
		if got := fileURI(tt.dir, tt.path); got != tt.want {
			t.Errorf("fileURI(%q, %q) = %q, want %q", tt.dir, tt.path, got, tt.want)
		}
	}
}

func TestUnwrap(t *testing.T) {
	tests := []struct{ in, want string }{
		{"第一行\n第二行", "第一行第二行"},
		{"first\nsecond", "first second"},
		{"中文\nEnglish", "中文 English"},
		{"一。\n二\n\n三\n四", "一。二\n\n三四"},
		{"  标题  ", "标题"},
	}
	for _, tt := range tests {
		if got := unwrap(tt.in); got != tt.want {
			t.Errorf("unwrap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
