package policies_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// includeRe finds the code blocks of a document that copy a file:
// "<!-- include: PATH -->" followed by a fenced block.
var includeRe = regexp.MustCompile("(?s)<!-- include: (\\S+) -->\n```\\w*\n(.*?)\n```")

// TestGuideShowsTheTestedPolicy checks that the policy guide's example
// policy and test are the files tested in this repository, word for word.
func TestGuideShowsTheTestedPolicy(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "custom-policies.md"))
	if err != nil {
		t.Fatal(err)
	}
	matches := includeRe.FindAllSubmatch(doc, -1)
	if len(matches) < 2 {
		t.Fatalf("found %d included files, want the example policy and its test", len(matches))
	}
	for _, m := range matches {
		path := string(m[1])
		want, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(path)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimRight(string(want), "\n") != string(m[2]) {
			t.Errorf("docs/custom-policies.md shows %s differently from the file", path)
		}
	}
}
