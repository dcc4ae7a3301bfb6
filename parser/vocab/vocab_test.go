package vocab

import "testing"

func TestSection(t *testing.T) {
	tests := map[string]string{
		"总体情况":               "overview",
		"主动公开政府信息情况":         "active_disclosure",
		"收到和处理政府信息公开申请情况":    "applications",
		"依申请公开情况":            "applications",
		"政府信息公开行政复议、行政诉讼情况":  "review_litigation",
		"存在的主要问题及改进情况。":      "problems",
		"其他需要报告的事项":          "other_matters",
		"本年新收政府信息公开申请数量":     "",
		"本年度办理结果":            "",
		"主动公开政府信息情况。全年共公开信息": "",
	}
	for title, want := range tests {
		if got := Section(title); got != want {
			t.Errorf("Section(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestNumbered(t *testing.T) {
	for s, want := range map[string][2]string{
		"一、总体情况":            {"一", "总体情况"},
		"第二部分 主动公开政府信息情况":   {"二", "主动公开政府信息情况"},
		"3.收到和处理政府信息公开申请情况": {"3", "收到和处理政府信息公开申请情况"},
	} {
		n, title, ok := Numbered(s)
		if !ok || n != want[0] || title != want[1] {
			t.Errorf("Numbered(%q) = %q %q %v, want %q", s, n, title, ok, want)
		}
	}
	for _, s := range []string{"(一)主动公开情况", "总体情况", "一是加强领导"} {
		if _, _, ok := Numbered(s); ok {
			t.Errorf("Numbered(%q) is a numbered heading", s)
		}
	}
}

func TestIsTitle(t *testing.T) {
	for _, s := range []string{"桓仁满族自治县2024年政府信息公开工作年度报告", "《某局2023年度政府信息公开年报》", "某局政务信息公开工作报告"} {
		if !IsTitle(s) {
			t.Errorf("%q is a title", s)
		}
	}
	for _, s := range []string{"现公布2024年度前进区商务和经济合作局政府信息公开工作年度报告。", "关于政府信息公开的通知", "一、总体情况"} {
		if IsTitle(s) {
			t.Errorf("%q is not a title", s)
		}
	}
}
