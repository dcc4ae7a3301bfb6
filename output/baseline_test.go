package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/baseline"
)

// baselined is the fixture linted with a baseline that left out two
// findings and has one entry no longer found.
func baselined() *Result {
	r := fixture()
	for i := range r.Files {
		for j := range r.Files[i].Diagnostics {
			r.Files[i].Diagnostics[j].Fingerprint = strings.Repeat(string(rune('a'+i)), 15) + string(rune('0'+j))
		}
	}
	r.Baseline = &baseline.Outcome{Suppressed: 2, Dismissed: 1, Fixed: []baseline.Fixed{{Path: "reports/ok.txt",
		Entry: baseline.Entry{Rule: "contact/phone", Place: "报告开头", Message: "没有电话"}}}}
	return r
}

// TestSARIFBaseline: with a baseline, every result is new and carries its
// fingerprint, and the log is valid SARIF.
func TestSARIFBaseline(t *testing.T) {
	var b bytes.Buffer
	if err := (SARIF{WorkDir: fixtureWorkDir}).Format(&b, baselined()); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, b.Bytes())
	var log struct {
		Runs []struct {
			Results []struct {
				BaselineState       string            `json:"baselineState"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	rs := log.Runs[0].Results
	if len(rs) != 4 {
		t.Fatalf("%d results, want 4", len(rs))
	}
	for _, res := range rs {
		if res.BaselineState != "new" || len(res.PartialFingerprints["nianbao/v1"]) != 16 {
			t.Errorf("result %+v", res)
		}
	}
}

// TestTextBaseline: the summary line counts the findings left out; -v
// lists the entries no longer found.
func TestTextBaseline(t *testing.T) {
	r := baselined()
	r.Verbose = true
	var b bytes.Buffer
	if err := (Text{}).Format(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"reports/ok.txt：已修复：基线中的问题不再出现：报告开头：没有电话 [contact/phone]\n",
		"共检查 3 个文件：2 个错误，1 个警告，1 个提示，另有 2 个已记录在基线中的问题未列出\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	r.Lang = "en"
	b.Reset()
	if err := (Text{}).Format(&b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "3 files checked: 2 errors, 1 warning, 1 info, and 2 findings recorded in the baseline not listed\n") {
		t.Errorf("English text:\n%s", b.String())
	}
}
