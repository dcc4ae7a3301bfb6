package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// unit writes seed 000 as the report of another body, its tables 三 and
// 四 (the pipe rows from 一、本年新收 on) multiplied by times, with edits
// (old → new) after that.
func unit(t *testing.T, path, name string, times int, edits ...string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", "000_55d435d651c286e9.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.NewReplacer("昌吉州发展和改革委员会", name, "昌吉州发改委", name).Replace(string(data))
	lines := strings.Split(s, "\n")
	num := regexp.MustCompile(`\b\d+\b`)
	in := false
	for i, l := range lines {
		if strings.HasPrefix(l, "一、本年新收") {
			in = true
		}
		if strings.HasPrefix(l, "五、") {
			in = false
		}
		if in && strings.Contains(l, "|") {
			label, cells, _ := strings.Cut(l, "|")
			lines[i] = label + "|" + num.ReplaceAllStringFunc(cells, func(d string) string {
				n, _ := strconv.Atoi(d)
				return strconv.Itoa(n * times)
			})
		}
	}
	writeFile(t, path, edited(t, strings.Join(lines, "\n"), edits...))
}

// TestLintRollup: a county's report that sums three units' reports is
// quiet when its figures are their sum, and gets one region/rollup-sum
// at the one cell that is off by one, naming the units' sum; a unit the
// roll-up file lists without a report in the run is named.
func TestLintRollup(t *testing.T) {
	dir := t.TempDir()
	for _, u := range []string{"昌吉州甲局", "昌吉州乙局", "昌吉州丙局"} {
		unit(t, filepath.Join(dir, "units", u+".txt"), u, 1)
	}
	writeFile(t, filepath.Join(dir, "rollup.yaml"), "昌吉州人民政府: [昌吉州甲局, 昌吉州乙局, 昌吉州丙局]\n")
	writeFile(t, filepath.Join(dir, "rollup4.yaml"), "昌吉州人民政府: [昌吉州甲局, 昌吉州乙局, 昌吉州丙局, 昌吉州丁局]\n")
	region := func(t *testing.T, rollup string) []string {
		t.Helper()
		_, out, errOut := runCmd(t, "", "lint", "-f", "json", "--rollup", filepath.Join(dir, rollup), dir)
		var res struct {
			Files []struct {
				Path        string
				Diagnostics []struct {
					Rule, Message string
					Location      struct{ Line, Column int }
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%v: %s", err, errOut)
		}
		var got []string
		for _, f := range res.Files {
			for _, d := range f.Diagnostics {
				if strings.HasPrefix(d.Rule, "region/") {
					got = append(got, filepath.Base(f.Path)+" "+strconv.Itoa(d.Location.Line)+":"+strconv.Itoa(d.Location.Column)+" "+d.Rule+" "+d.Message)
				}
			}
		}
		return got
	}

	unit(t, filepath.Join(dir, "county.txt"), "昌吉州人民政府", 3)
	if got := region(t, "rollup.yaml"); len(got) != 0 {
		t.Errorf("the county's figures are the units' sum, yet:\n%s", strings.Join(got, "\n"))
	}

	unit(t, filepath.Join(dir, "county.txt"), "昌吉州人民政府", 3, "一、本年新收政府信息公开申请数量 | 21 |", "一、本年新收政府信息公开申请数量 | 22 |")
	want := "county.txt 28:20 region/rollup-sum 一、本年新收政府信息公开申请数量 自然人为22，而所汇总的3个单位（昌吉州甲局、昌吉州乙局、昌吉州丙局）之和为21"
	if got := region(t, "rollup.yaml"); len(got) != 1 || got[0] != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	got := region(t, "rollup4.yaml")
	if len(got) != 2 || !strings.Contains(got[0]+got[1], "region/child-missing 所汇总的单位“昌吉州丁局”没有2024年度的报告") || !strings.Contains(got[0]+got[1], "；未计入：昌吉州丁局") {
		t.Errorf("a unit without its report:\n%s", strings.Join(got, "\n"))
	}
	// Without --rollup nothing of the kind is checked.
	if _, out, _ := runCmd(t, "", "lint", dir); strings.Contains(out, "region/") {
		t.Errorf("region rules without --rollup:\n%s", out)
	}
}
