package output

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

// TestJSONReport checks the "report" object of a file: what the report
// says of itself, year null when unknown, and no key at all for a file
// that could not be read as a report.
func TestJSONReport(t *testing.T) {
	year := 2024
	r := fixture()
	r.Files[0].Report = &engine.ReportMeta{Issuer: "某某县人民政府", Kind: "government", Year: &year, Template: "2021", Published: "2025-01-19"}
	r.Files[1].Report = &engine.ReportMeta{Kind: "unknown", Template: "unknown"}
	var out struct {
		Files []map[string]json.RawMessage
	}
	if err := json.Unmarshal([]byte(formatString(t, JSON{}, r)), &out); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"/elsewhere/报告 一.txt": "",
		"reports/a, b:c.txt":  `{"issuer":"","kind":"unknown","year":null,"template":"unknown","published":""}`,
		"reports/ok.txt":      `{"issuer":"某某县人民政府","kind":"government","year":2024,"template":"2021","published":"2025-01-19"}`,
	}
	got := map[string]string{}
	for _, f := range out.Files {
		var path string
		if err := json.Unmarshal(f["path"], &path); err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		if raw, ok := f["report"]; ok {
			if err := json.Compact(&compact, raw); err != nil {
				t.Fatal(err)
			}
		}
		got[path] = compact.String()
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("report objects:\n got %q\nwant %q", got, want)
	}
}
