package engine

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// TestToValueMatchesJSON checks the direct conversion against OPA's own
// (which goes through JSON) on every report of the test data.
func TestToValueMatchesJSON(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"seeds/*.txt", "scraped/*.txt", "html/*/*.html", "html/*.html", "docx/*.docx", "pdf/*.pdf", "history/*.txt"} {
		ps, _ := filepath.Glob(filepath.Join("..", "testdata", pattern))
		paths = append(paths, ps...)
	}
	if len(paths) == 0 {
		t.Fatal("no reports")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parser.Parse(p, data)
		if err != nil {
			continue // not a report
		}
		doc.Derive()
		checkToValue(t, p, doc)
	}
}

// TestToValueCoversEveryField converts a document with every field set
// (every pointer, slice and map holding something), so that a field
// added to the document and not to toValue fails here.
func TestToValueCoversEveryField(t *testing.T) {
	var doc report.Document
	fill(reflect.ValueOf(&doc).Elem(), 0)
	doc.Derive()
	checkToValue(t, "filled document", &doc)
	var empty report.Document
	checkToValue(t, "empty document", &empty)
}

func checkToValue(t *testing.T, name string, doc *report.Document) {
	t.Helper()
	want, err := ast.InterfaceToValue(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := toValue(doc)
	if ast.Compare(got, want) == 0 {
		return
	}
	g, w := got.(ast.Object), want.(ast.Object)
	for _, k := range w.Keys() {
		if gv := g.Get(k); gv == nil || ast.Compare(gv.Value, w.Get(k).Value) != 0 {
			t.Errorf("%s: %v differs from the JSON conversion:\n got %.2000v\nwant %.2000v", name, k, gv, w.Get(k))
		}
	}
	for _, k := range g.Keys() {
		if w.Get(k) == nil {
			t.Errorf("%s: %v is not in the JSON conversion", name, k)
		}
	}
}

// fill sets every field of v to something not empty; documents nest
// (previous, children) only once.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Pointer:
		if depth > 0 && v.Type().Elem() == reflect.TypeOf(report.Document{}) {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), depth)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(report.Document{}) {
			if depth > 1 {
				return
			}
			depth++
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := 0; i < 2; i++ {
			fill(v.Index(i), depth)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for _, k := range []string{"a_key", "another_key"} {
			e := reflect.New(v.Type().Elem()).Elem()
			fill(e, depth)
			v.SetMapIndex(reflect.ValueOf(k), e)
		}
	case reflect.String:
		v.SetString("some text " + v.Type().Name())
	case reflect.Int:
		v.SetInt(int64(600 + depth))
	case reflect.Float64:
		v.SetFloat(2.5)
	case reflect.Bool:
		v.SetBool(true)
	}
}
