// Package schematest validates values against the report document's JSON
// Schema, and documents against schema files, in tests.
package schematest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/nianbao/nianbao/report"
)

var (
	once     sync.Once
	compiled *jsonschema.Schema
	errSetup error
)

func schema() (*jsonschema.Schema, error) {
	once.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(report.Schema))
		if err != nil {
			errSetup = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource("report.schema.json", doc); err != nil {
			errSetup = err
			return
		}
		compiled, errSetup = c.Compile("report.schema.json")
	})
	return compiled, errSetup
}

// Check returns why v, marshalled to JSON, does not conform to the report
// document schema, or nil.
func Check(v any) error {
	s, err := schema()
	if err != nil {
		return fmt.Errorf("compile report schema: %w", err)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("marshal: %w", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// Validate fails the test when v does not conform to the report document
// schema.
func Validate(t testing.TB, name string, v any) {
	t.Helper()
	if err := Check(v); err != nil {
		t.Errorf("%s does not conform to the report schema:\n%v", name, err)
	}
}

// fileSchemas caches the schemas compiled by CheckFile, by path.
var fileSchemas sync.Map // string → *jsonschema.Schema

// CheckFile returns why data, a JSON document, does not conform to the
// JSON Schema in the file schemaPath (such as the SARIF 2.1.0 schema), or
// nil.
func CheckFile(schemaPath string, data []byte) error {
	s, err := compileFile(schemaPath)
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return s.Validate(inst)
}

func compileFile(path string) (*jsonschema.Schema, error) {
	if s, ok := fileSchemas.Load(path); ok {
		return s.(*jsonschema.Schema), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, fmt.Errorf("schema %s: %w", path, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	name := filepath.Base(path)
	if err := c.AddResource(name, doc); err != nil {
		return nil, fmt.Errorf("schema %s: %w", path, err)
	}
	s, err := c.Compile(name)
	if err != nil {
		return nil, fmt.Errorf("schema %s: %w", path, err)
	}
	fileSchemas.Store(path, s)
	return s, nil
}
