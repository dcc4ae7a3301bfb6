package output

import (
	"fmt"

	"github.com/nianbao/nianbao/baseline"
)

// Each diagnostic listed on the review page has a button that dismisses
// it: it asks for the reason and copies the finding's baseline entry
// (baseline.Snippet), dismissed with that reason, to paste under the
// entries of a baseline (page.js).

// dismissWords are the button's words: its label, the question for the
// reason, what is said once the entry is copied, and the label of the
// text shown when it cannot be.
var dismissWords = map[string][4]string{
	"zh": {"忽略", "忽略此问题的理由（写入基线）：", "已复制基线条目：粘贴到基线文件的 entries: 之下", "复制下面的基线条目，粘贴到基线文件的 entries: 之下："},
	"en": {"Dismiss", "Why is this finding dismissed? (kept in the baseline)", "Baseline entry copied: paste it under entries: in the baseline", "Copy this baseline entry and paste it under entries: in the baseline:"},
}

func (r *renderer) dismissWords() [4]string {
	if w, ok := dismissWords[r.lang]; ok {
		return w
	}
	return dismissWords["zh"]
}

// dismissAttrs are the attributes of a diagnostic's list entry that the
// button reads: its fingerprint and its baseline entry.
func (r *renderer) dismissAttrs(d viewDiag) string {
	if d.Fingerprint == "" {
		return ""
	}
	e := baseline.EntryOf(r.v.File, d.Diagnostic)
	e.Status = baseline.StatusDismissed
	return fmt.Sprintf(` data-fingerprint="%s" data-entry="%s"`, esc(d.Fingerprint), esc(baseline.Snippet(e)))
}

// dismissButton is the button of a diagnostic's list entry.
func (r *renderer) dismissButton(d viewDiag) string {
	if d.Fingerprint == "" {
		return ""
	}
	w := r.dismissWords()
	return fmt.Sprintf(`<button type="button" class="dismiss" data-prompt="%s" data-copied="%s" data-select="%s">%s</button>`, esc(w[1]), esc(w[2]), esc(w[3]), esc(w[0]))
}
