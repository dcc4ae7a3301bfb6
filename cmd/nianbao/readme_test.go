package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeSample checks the README's first lines: the first command
// lints the bundled example reports, and the sample output under it is
// exactly what that command prints.
func TestReadmeSample(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```[a-z]*\n(.*?)```\n").FindAllStringSubmatch(string(data), 2)
	if len(blocks) < 2 {
		t.Fatal("the README does not start with the commands and a sample output")
	}
	first := strings.Fields(strings.SplitN(blocks[0][1], "\n", 2)[0])
	if len(first) < 4 || strings.Join(first[:3], " ") != "go run ./cmd/nianbao" {
		t.Fatalf("first command %q, want go run ./cmd/nianbao lint …", first)
	}
	var args []string
	for _, a := range first[3:] {
		if a == "#" {
			break
		}
		args = append(args, a)
	}
	t.Chdir(root)
	_, out, _ := runCmd(t, "", args...)
	if out != blocks[1][1] {
		t.Errorf("the README's sample is not what %q prints; it prints:\n%s", args, out)
	}
}
