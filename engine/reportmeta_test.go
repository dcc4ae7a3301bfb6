package engine_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/nianbao/nianbao/engine"
)

func intp(n int) *int { return &n }

// TestReportMeta checks the summary of the report a FileResult keeps:
// what the seed says of itself, the issuer kind as the rules see it
// (override, inferred, default), and nil for a file that is no report.
func TestReportMeta(t *testing.T) {
	const (
		seed000 = "../testdata/seeds/000_55d435d651c286e9.txt"
		seed001 = "../testdata/seeds/001_af1407610f37b973.txt"
		seed004 = "../testdata/seeds/004_d1ed69b8ea7b905a.txt"
	)
	tests := []struct {
		name string
		opts engine.Options
		path string
		want engine.ReportMeta
	}{
		{"signed and dated", engine.Options{}, seed000,
			engine.ReportMeta{Issuer: "昌吉州发展和改革委员会", Kind: "department", Year: intp(2024), Template: "2021", Published: "2025-01-19"}},
		{"2019 template", engine.Options{}, seed001,
			engine.ReportMeta{Issuer: "昌吉州科学技术局", Kind: "department", Year: intp(2021), Template: "2019", Published: "2022-01-18"}},
		{"no date", engine.Options{}, seed004,
			engine.ReportMeta{Issuer: "金昌市金川区人民政府", Kind: "government", Year: intp(2021), Template: "2021"}},
		{"override", engine.Options{IssuerKindOverride: "township"}, seed000,
			engine.ReportMeta{Issuer: "昌吉州发展和改革委员会", Kind: "township", Year: intp(2024), Template: "2021", Published: "2025-01-19"}},
		{"default does not replace an inferred kind", engine.Options{IssuerKindDefault: "township"}, seed004,
			engine.ReportMeta{Issuer: "金昌市金川区人民政府", Kind: "government", Year: intp(2021), Template: "2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lintFile(t, newEngine(t, tt.opts), tt.path)
			if res.Report == nil || !reflect.DeepEqual(*res.Report, tt.want) {
				t.Errorf("Report = %+v, want %+v", res.Report, tt.want)
			}
		})
	}
}

// TestReportMetaUnread checks that a file read as no report has no
// summary, and one read without an issuer gets the default kind.
func TestReportMetaUnread(t *testing.T) {
	e := newEngine(t, engine.Options{IssuerKindDefault: "department"})
	res, err := e.LintBytes(context.Background(), "logo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Report != nil {
		t.Errorf("binary file: Report = %+v, want nil", res.Report)
	}
	res, err = e.LintBytes(context.Background(), "notes.txt", []byte("一、总体情况\n今年我们做了很多工作。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Report == nil || res.Report.Issuer != "" || res.Report.Kind != "department" || res.Report.Year != nil || res.Report.Template != "unknown" {
		t.Errorf("no issuer: Report = %+v, want the default kind and nothing else", res.Report)
	}
}
