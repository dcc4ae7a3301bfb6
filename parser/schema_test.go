package parser_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/internal/schematest"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// reportExts are the files the tests treat as reports.
var reportExts = map[string]bool{".txt": true, ".html": true, ".htm": true, ".docx": true, ".doc": true, ".wps": true, ".pdf": true}

// TestSchema validates the document of every report under testdata against
// the published JSON Schema.
func TestSchema(t *testing.T) {
	n := 0
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !reportExts[strings.ToLower(filepath.Ext(path))] {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := parser.Parse(path, data)
		if parser.IsInputError(err) {
			return nil // damaged fixtures are tested where they are used
		}
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		schematest.Validate(t, path, doc)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 5 {
		t.Errorf("validated %d reports, want at least the five seeds", n)
	}
}

// TestSchemaRejects checks that the schema is strict enough to catch a
// document that breaks the contract.
func TestSchemaRejects(t *testing.T) {
	doc := parseSeed(t, seed000)
	if err := schematest.Check(doc); err != nil {
		t.Fatalf("seed 000 does not conform: %v", err)
	}
	doc.Template = "2020"
	if schematest.Check(doc) == nil {
		t.Error("a document with template \"2020\" passed the schema")
	}
	doc.Template = report.Template2021
	doc.Tables.Applications.Rows["received_new"] = doc.Tables.Applications.Rows["new_received"]
	if schematest.Check(doc) == nil {
		t.Error("a misspelt row key passed the schema")
	}
}
