// Package schematest validates values against the report document's JSON
// Schema in tests.
package schematest

import (
	"bytes"
	"encoding/json"
	"fmt"
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
