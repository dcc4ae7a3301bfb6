package output

import (
	"reflect"
	"strings"
	"testing"
)

func TestGet(t *testing.T) {
	if got, want := Formats(), []string{"csv", "github", "html", "json", "junit", "sarif", "text", "xlsx"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Formats() = %q, want %q", got, want)
	}
	env := Env{WorkDir: "/w", StepSummary: "/s.md"}
	tests := map[string]Formatter{
		"text":   Text{},
		"json":   JSON{},
		"sarif":  SARIF{WorkDir: "/w"},
		"github": GitHub{WorkDir: "/w", SummaryFile: "/s.md"},
		"junit":  JUnit{},
		"html":   HTML{},
		"csv":    CSV{},
		"xlsx":   XLSX{},
	}
	for name, want := range tests {
		got, err := Get(name, env)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Get(%q) = %#v, %v; want %#v", name, got, err, want)
		}
	}
	if _, err := Get("yaml", env); err == nil || !strings.Contains(err.Error(), "formats: csv, github, html, json, junit, sarif, text, xlsx") {
		t.Errorf("Get(yaml): %v", err)
	}
}
