package output

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

type xmlSuites struct {
	XMLName  xml.Name   `xml:"testsuites"`
	Tests    int        `xml:"tests,attr"`
	Failures int        `xml:"failures,attr"`
	Suites   []xmlSuite `xml:"testsuite"`
}

type xmlSuite struct {
	Name     string    `xml:"name,attr"`
	Tests    int       `xml:"tests,attr"`
	Failures int       `xml:"failures,attr"`
	Errors   int       `xml:"errors,attr"`
	Cases    []xmlCase `xml:"testcase"`
}

type xmlCase struct {
	Name      string `xml:"name,attr"`
	Classname string `xml:"classname,attr"`
	Failure   *struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	} `xml:"failure"`
	SystemOut string `xml:"system-out"`
}

func parseJUnit(t *testing.T, r *Result) xmlSuites {
	t.Helper()
	out := formatString(t, JUnit{}, r)
	if !strings.HasPrefix(out, xml.Header) {
		t.Errorf("no XML declaration: %.60q", out)
	}
	var s xmlSuites
	if err := xml.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	return s
}

func TestJUnit(t *testing.T) {
	s := parseJUnit(t, fixture())
	if len(s.Suites) != 3 || s.Tests != 9 || s.Failures != 1 {
		t.Fatalf("%d suites, tests=%d failures=%d; want 3, 9, 1", len(s.Suites), s.Tests, s.Failures)
	}
	names := []string{s.Suites[0].Name, s.Suites[1].Name, s.Suites[2].Name}
	if strings.Join(names, "|") != "/elsewhere/报告 一.txt|reports/a, b:c.txt|reports/ok.txt" {
		t.Errorf("suites %q", names)
	}
	a := s.Suites[1]
	if a.Tests != 3 || a.Failures != 1 || a.Errors != 0 || len(a.Cases) != 3 {
		t.Fatalf("suite %s: tests=%d failures=%d errors=%d cases=%d", a.Name, a.Tests, a.Failures, a.Errors, len(a.Cases))
	}
	bal, late := a.Cases[0], a.Cases[2]
	if bal.Name != "arithmetic/balance" || bal.Classname != "reports/a, b:c.txt" || bal.Failure == nil {
		t.Fatalf("case %+v", bal)
	}
	// Two diagnostics of one rule: one failure listing both.
	if bal.Failure.Message != "2 个问题" || bal.Failure.Type != "error" ||
		bal.Failure.Text != "reports/a, b:c.txt:3:5: error: 比例 50% 不符: 甲, 乙\n第二行 [arithmetic/balance]\nreports/a, b:c.txt:7:1: error: 合计 | 不符 [arithmetic/balance]\n" {
		t.Errorf("failure %+v", *bal.Failure)
	}
	// A warning under fail level error is not a failure, but it is kept.
	if late.Name != "dates/late" || late.Failure != nil || !strings.Contains(late.SystemOut, "reports/a, b:c.txt:10:2: warning: 晚了") {
		t.Errorf("case %+v", late)
	}
	for _, c := range s.Suites[2].Cases {
		if c.Failure != nil || c.SystemOut != "" {
			t.Errorf("clean file has %+v", c)
		}
	}
}

func TestJUnitFailLevels(t *testing.T) {
	tests := []struct {
		level engine.Severity
		want  [3]int // failures in the three suites
	}{
		{engine.SeverityError, [3]int{0, 1, 0}},
		{engine.SeverityWarning, [3]int{0, 2, 0}},
		{engine.SeverityInfo, [3]int{1, 2, 0}},
		{"", [3]int{0, 0, 0}},
	}
	for _, tt := range tests {
		r := fixture()
		r.FailLevel = tt.level
		s := parseJUnit(t, r)
		var got [3]int
		total := 0
		for i, suite := range s.Suites {
			got[i] = suite.Failures
			total += suite.Failures
			n := 0
			for _, c := range suite.Cases {
				if c.Failure != nil {
					n++
				}
			}
			if n != suite.Failures {
				t.Errorf("level %q, suite %s: failures=%d but %d failing cases", tt.level, suite.Name, suite.Failures, n)
			}
		}
		if got != tt.want || s.Failures != total {
			t.Errorf("level %q: failures %v (total %d), want %v", tt.level, got, s.Failures, tt.want)
		}
	}
}

func TestJUnitEnglishSingleFailure(t *testing.T) {
	r := fixture()
	r.Lang = "en"
	r.FailLevel = engine.SeverityInfo
	s := parseJUnit(t, r)
	f := s.Suites[0].Cases[1].Failure // contact/phone in /elsewhere/…
	if f == nil || f.Message != "没有电话" || f.Type != "info" {
		t.Errorf("failure %+v", f)
	}
	if f := s.Suites[1].Cases[0].Failure; f == nil || f.Message != "2 diagnostics" {
		t.Errorf("failure %+v", f)
	}
}
