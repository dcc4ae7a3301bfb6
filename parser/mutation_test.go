package parser_test

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// TestChangedCell changes one cell in a copy of a seed and checks that the
// document changes in that cell's value and nothing else.
func TestChangedCell(t *testing.T) {
	tests := []struct {
		seed         string
		line, column int // the digit to change to 9, as read in the seed
		path         string
		value        float64 // the cell's value after the change
	}{
		{seed000, 13, 9, "tables.active.rows.normative_documents.issued", 9},
		{seed000, 28, 20, "tables.applications.rows.new_received.natural_person", 9},
		{seed000, 57, 21, "tables.review.litigation_direct.upheld", 9},
		{seed001, 20, 22, "tables.active.rows.other_services.decisions", 9},
		{seed001, 45, 40, "tables.applications.rows.unable_not_held.social_welfare", 9},
		{seed001, 63, 5, "tables.review.reconsideration.corrected", 9},
		{seed002, 26, 9, "tables.active.rows.punishment.decisions", 998},
		{seed002, 50, 45, "tables.applications.rows.not_processed_complaint.other_org", 9},
		{seed002, 64, 57, "tables.review.litigation_after_review.total", 9},
		{seed003, 44, 1, "tables.active.rows.coercion.decisions", 9},
		{seed003, 211, 1, "tables.applications.rows.not_processed_complaint.legal_service", 9},
		{seed003, 326, 1, "tables.review.litigation_direct.other", 9},
		{seed004, 90, 4, "tables.applications.rows.granted.commercial", 9},
		{seed004, 540, 3, "tables.review.litigation_direct.pending", 9},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s:%d:%d", tt.seed[:3], tt.line, tt.column), func(t *testing.T) {
			data, err := os.ReadFile(seedPath(tt.seed))
			if err != nil {
				t.Fatal(err)
			}
			changed := replaceRune(t, data, tt.line, tt.column, '9')
			a := docTree(t, tt.seed, data)
			b := docTree(t, tt.seed, changed)
			got := diffPaths("", a, b)
			want := []string{"source.sha256", tt.path + ".raw", tt.path + ".value"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("changed paths = %q, want %q", got, want)
			}
			if v := lookup(b, tt.path+".value"); v != tt.value {
				t.Errorf("%s = %v, want %v", tt.path, v, tt.value)
			}
		})
	}
}

// replaceRune replaces the rune at line:column (1-based, code points) with
// r; the rune there must be a digit.
func replaceRune(t *testing.T, data []byte, line, column int, r rune) []byte {
	t.Helper()
	lines := strings.Split(string(data), "\n")
	runes := []rune(lines[line-1])
	if old := runes[column-1]; old < '0' || old > '8' {
		t.Fatalf("%d:%d holds %q, not a digit below 9", line, column, old)
	}
	runes[column-1] = r
	lines[line-1] = string(runes)
	return []byte(strings.Join(lines, "\n"))
}

func docTree(t *testing.T, name string, data []byte) any {
	t.Helper()
	doc, err := parser.Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	// The tables' numbers say again what their cells say.
	for _, tab := range []*report.Table{doc.Tables.Active, doc.Tables.Applications} {
		if tab != nil {
			tab.Numbers = nil
		}
	}
	if doc.Tables.Review != nil {
		doc.Tables.Review.Numbers = nil
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// diffPaths returns the sorted dotted paths of the leaves that differ.
func diffPaths(prefix string, a, b any) []string {
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	var out []string
	switch av := a.(type) {
	case map[string]any:
		bv, ok := b.(map[string]any)
		if !ok {
			return []string{prefix}
		}
		keys := map[string]bool{}
		for k := range av {
			keys[k] = true
		}
		for k := range bv {
			keys[k] = true
		}
		for k := range keys {
			out = append(out, diffPaths(join(k), av[k], bv[k])...)
		}
	case []any:
		bv, ok := b.([]any)
		if !ok || len(av) != len(bv) {
			return []string{prefix}
		}
		for i := range av {
			out = append(out, diffPaths(join(fmt.Sprint(i)), av[i], bv[i])...)
		}
	default:
		if !reflect.DeepEqual(a, b) {
			out = append(out, prefix)
		}
	}
	sort.Strings(out)
	return out
}

func lookup(v any, path string) any {
	for _, k := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// TestTextInACountCell puts a word where a count stands: that cell reads as
// null with its text kept, and its neighbours keep their columns.
func TestTextInACountCell(t *testing.T) {
	tests := []struct {
		seed         string
		line, column int
		path         string
	}{
		{seed000, 28, 20, "tables.applications.rows.new_received.natural_person"},
		{seed000, 57, 21, "tables.review.litigation_direct.upheld"},
		{seed002, 19, 6, "tables.active.rows.regulations.issued"},
		{seed003, 68, 1, "tables.applications.rows.new_received.natural_person"},
		{seed003, 326, 1, "tables.review.litigation_direct.other"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s:%d:%d", tt.seed[:3], tt.line, tt.column), func(t *testing.T) {
			data, err := os.ReadFile(seedPath(tt.seed))
			if err != nil {
				t.Fatal(err)
			}
			a := docTree(t, tt.seed, data)
			b := docTree(t, tt.seed, replaceRune(t, data, tt.line, tt.column, 'x'))
			got := diffPaths("", a, b)
			want := []string{"source.sha256", tt.path + ".raw", tt.path + ".value"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("changed paths = %q, want %q", got, want)
			}
			if v, raw := lookup(b, tt.path+".value"), lookup(b, tt.path+".raw"); v != nil || raw != "x" {
				t.Errorf("%s = %v (raw %v), want null (raw x)", tt.path, v, raw)
			}
		})
	}
}
