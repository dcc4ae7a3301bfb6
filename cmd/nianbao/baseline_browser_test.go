package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/nianbao/nianbao/baseline"
	"github.com/nianbao/nianbao/internal/browsertest"
)

// TestReviewPageDismiss: on the review page of a run with a baseline, the
// new finding's 忽略 button asks why and copies its baseline entry,
// dismissed with that reason; pasted under the baseline's entries, the
// finding is left out of the next run. Where the clipboard cannot be
// written, the entry is shown, selected, to be copied by hand.
func TestReviewPageDismiss(t *testing.T) {
	ctx := browsertest.New(t)
	dir := t.TempDir()
	original := filepath.Join("..", "..", "testdata", "seeds", seedNames[0])
	seed := filepath.Join(dir, "reports", seedNames[0])
	editCopy(t, original, seed, changedCell)
	base := filepath.Join(dir, "base.yaml")
	known := len(writeBaseline(t, base, original).Entries)
	page, res := lintToPage(t, dir, "review", "--baseline", base, seed)
	if len(res.Files) != 1 || len(res.Files[0].Diagnostics) != 1 {
		t.Fatalf("want the changed cell's finding alone, got %+v", res.Files)
	}
	_, r := lintBaselineJSON(t, "--baseline", base, seed)
	fp := r.Files[0].Diagnostics[0].Fingerprint

	const reason = `复议机关已确认："维持"计入其他结果`
	button := "main#view li.diag button.dismiss"
	open := func() {
		openPage(t, ctx, page, "#r-1")
		showReport(t, ctx, 1)
		eval(t, ctx, nil, `window.asked = null; window.prompt = q => { window.asked = q; return %s; }`, js(reason))
	}

	open()
	var attr string
	eval(t, ctx, &attr, `document.querySelector("main#view li.diag").dataset.fingerprint`)
	if attr != fp {
		t.Errorf("li.diag data-fingerprint %q, want %q", attr, fp)
	}
	eval(t, ctx, nil, `window.copied = null; Object.defineProperty(navigator, "clipboard", {configurable: true,
		value: {writeText: s => { window.copied = s; return Promise.resolve(); }}})`)
	step(t, ctx, "click 忽略", chromedp.Click(chromedp.CSS(button)))
	if !poll(t, ctx, 5*time.Second, "window.copied") {
		t.Fatal("nothing was copied")
	}
	var got struct{ Asked, Copied, Note string }
	eval(t, ctx, &got, `({asked: window.asked, copied: window.copied, note: (document.querySelector("main#view li.diag .entry-note") || {}).textContent})`)
	if got.Asked != "忽略此问题的理由（写入基线）：" || got.Note != "已复制基线条目：粘贴到基线文件的 entries: 之下" {
		t.Errorf("asked %q, said %q", got.Asked, got.Note)
	}
	// The entry pasted at the end of the baseline.
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base, append(data, got.Copied...), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := baseline.Load(base)
	if err != nil {
		t.Fatalf("the baseline with the entry pasted: %v\n%s", err, got.Copied)
	}
	if e, ok := b.Lookup(fp); !ok || e.Status != baseline.StatusDismissed || e.Reason != reason || e.Rule != "arithmetic/review-sum" || e.File.Year != 2024 {
		t.Errorf("pasted entry %+v (found %v):\n%s", e, ok, got.Copied)
	}
	if code, out, _ := runCmd(t, "", "lint", "--baseline", base, seed); code != 0 || !strings.Contains(out, fmt.Sprintf("另有 %d 个已记录在基线中的问题未列出", known+1)) {
		t.Errorf("linted with the entry pasted: exit %d\n%s", code, out)
	}

	// Without a clipboard: the entry is shown and selected.
	open()
	eval(t, ctx, nil, `Object.defineProperty(navigator, "clipboard", {configurable: true, value: undefined})`)
	step(t, ctx, "click 忽略 without a clipboard", chromedp.Click(chromedp.CSS(button)))
	if !poll(t, ctx, 5*time.Second, `document.querySelector("main#view li.diag textarea.entry")`) {
		t.Fatal("no entry shown")
	}
	var shown struct {
		Value    string
		Selected bool
		Visible  bool
	}
	eval(t, ctx, &shown, `(() => { const a = document.querySelector("main#view li.diag textarea.entry");
		return {value: a.value, selected: document.activeElement === a && a.selectionStart === 0 && a.selectionEnd === a.value.length,
			visible: a.getBoundingClientRect().height > 0}; })()`)
	if shown.Value != got.Copied || !shown.Selected || !shown.Visible {
		t.Errorf("shown %+v, want the entry copied before, selected", shown)
	}
	browsertest.NoErrors(t, ctx, "dismissing a finding")
}
