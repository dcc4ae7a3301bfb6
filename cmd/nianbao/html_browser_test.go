package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/nianbao/nianbao/internal/browsertest"
)

// The review page of `nianbao lint -f html`, opened from disk in Chromium
// as the person it is sent to opens it: its marks, tooltips, links, sorting,
// search and filters, and no JavaScript error on any report of testdata.
//
// With NIANBAO_SCREENSHOTS=DIR the tests also write DIR/review-page.png
// (a seed's review) and DIR/review-index.png (a batch's index), 1280 wide,
// as docs/ shows them.

// reviewJSON is the part of `-f json` that the review page is checked
// against.
type reviewJSON struct {
	Files []struct {
		Path   string
		Report *struct{ Issuer string }
		Error  string
		// Diagnostics are in the order of -f json.
		Diagnostics []reviewDiag
	}
}

type reviewDiag struct {
	Rule, Severity, Message, Basis, Title, Category string
	Location                                        struct{ Line, Column int }
}

func (d reviewDiag) String() string {
	return fmt.Sprintf("%d:%d %s %s [%s]", d.Location.Line, d.Location.Column, d.Severity, d.Message, d.Rule)
}

// lintToPage lints paths in one run into dir/name.html and its -f json
// twin, and returns the page's path and the JSON.
func lintToPage(t *testing.T, dir, name string, args ...string) (string, reviewJSON) {
	t.Helper()
	page := filepath.Join(dir, name+".html")
	jsonFile := filepath.Join(dir, name+".json")
	args = append([]string{"lint", "-q", "-f", "html", "-o", page, "--out", "json=" + jsonFile}, args...)
	code, _, errOut := runCmd(t, "", args...)
	if code != 0 && code != 1 {
		t.Fatalf("nianbao %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	data, err := os.ReadFile(jsonFile)
	if err != nil {
		t.Fatal(err)
	}
	var r reviewJSON
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("%s: %v", jsonFile, err)
	}
	return page, r
}

// step runs browser actions with a time limit, failing the test on error.
func step(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression and decodes its JSON value into
// v; a nil v ignores it.
func eval(t *testing.T, ctx context.Context, v any, expr string, args ...any) {
	t.Helper()
	if len(args) > 0 {
		expr = fmt.Sprintf(expr, args...)
	}
	tctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	raw, err := chromedp.Run(tctx, chromedp.Evaluate[[]byte](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	if v == nil {
		return
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("evaluating %s: %v (%s)", expr, err, raw)
	}
}

// poll evaluates a JavaScript condition until it is true or the time is
// up, and says whether it became true.
func poll(t *testing.T, ctx context.Context, within time.Duration, cond string) bool {
	t.Helper()
	for end := time.Now().Add(within); ; {
		var ok bool
		eval(t, ctx, &ok, "!!("+cond+")")
		if ok {
			return true
		}
		if time.Now().After(end) {
			return false
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// js quotes a string for a JavaScript expression.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// elementJS is a function that describes the element of a selector: what
// the assertions look at, and what a failure shows.
const elementJS = `(sel => {
	const e = document.querySelector(sel);
	if (!e) return null;
	const s = getComputedStyle(e), r = e.getBoundingClientRect();
	return {
		tag: e.tagName.toLowerCase(), id: e.id, classes: [...e.classList],
		tabindex: e.getAttribute("tabindex"), diag: e.dataset.diag || "",
		role: e.getAttribute("role") || "",
		visible: e.checkVisibility({visibilityProperty: true, opacityProperty: true}) && r.width > 0 && r.height > 0,
		// On screen: the centre and the corners of the box are in the
		// viewport and show the element, not something over it or a
		// container that clips it.
		onScreen: [[.5, .5], [.03, .03], [.97, .03], [.03, .97], [.97, .97]].every(([fx, fy]) => {
			const x = r.left + fx * r.width, y = r.top + fy * r.height;
			if (r.width <= 0 || r.height <= 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
			const hit = document.elementFromPoint(x, y);
			return !!hit && e.contains(hit);
		}),
		clippedBy: (() => {
			for (let a = e.parentElement; a; a = a.parentElement) {
				const st = getComputedStyle(a), ar = a.getBoundingClientRect();
				if (st.overflowX !== "visible" || st.overflowY !== "visible") {
					if (r.top < ar.top || r.bottom > ar.bottom || r.left < ar.left || r.right > ar.right)
						return a.tagName.toLowerCase() + (a.className ? "." + [...a.classList].join(".") : "") +
							" (overflow " + st.overflowX + " " + st.overflowY + ", box " + Math.round(ar.left) + "," + Math.round(ar.top) + " " + Math.round(ar.width) + "x" + Math.round(ar.height) + ")";
				}
			}
			return "";
		})(),
		display: s.display, outlineColor: s.outlineColor, outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
		top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height,
		viewW: innerWidth, viewH: innerHeight,
		text: e.textContent.replace(/\s+/g, " ").trim(),
		own: (() => { const c = e.cloneNode(true); c.querySelectorAll(".tip").forEach(x => x.remove()); return c.textContent.replace(/\s+/g, " ").trim(); })(),
		html: e.outerHTML.slice(0, 300),
	};
})`

type element struct {
	Tag, ID, Tabindex, Diag, Role, Display, HTML string
	// Text is the element's text, Own the text outside its tooltip.
	Text, Own string
	Classes   []string
	Visible   bool
	// OnScreen says that a person sees it; ClippedBy names the scrolling
	// or clipping container that hides part of it.
	OnScreen                                 bool
	ClippedBy                                string
	OutlineColor, OutlineStyle, OutlineWidth string
	Top, Bottom, Left, Right, Width, Height  float64
	ViewW, ViewH                             float64
}

func (e *element) has(class string) bool { return e != nil && slices.Contains(e.Classes, class) }

// inViewport says whether the element lies in the viewport (all of it, or
// all of the viewport when it is larger).
func (e *element) inViewport() bool {
	return e.Top >= -1 && e.Left >= -1 && (e.Bottom <= e.ViewH+1 || e.Top <= 1) && (e.Right <= e.ViewW+1 || e.Left <= 1)
}

func (e *element) String() string {
	if e == nil {
		return "(no element)"
	}
	clipped := ""
	if e.ClippedBy != "" {
		clipped = " clipped by " + e.ClippedBy
	}
	return fmt.Sprintf("<%s id=%q class=%q> visible=%v on-screen=%v%s display=%s box=(%.0f,%.0f %.0fx%.0f) in %vx%v outline=%s %s %s; %s",
		e.Tag, e.ID, strings.Join(e.Classes, " "), e.Visible, e.OnScreen, clipped, e.Display, e.Left, e.Top, e.Width, e.Height,
		e.ViewW, e.ViewH, e.OutlineStyle, e.OutlineWidth, e.OutlineColor, e.HTML)
}

// describe returns the element that sel selects first, or nil.
func describe(t *testing.T, ctx context.Context, sel string) *element {
	t.Helper()
	var e *element
	eval(t, ctx, &e, "%s(%s)", elementJS, js(sel))
	return e
}

// openPage loads the page from disk at the given fragment ("" for none)
// and waits for it to be ready. It is a new load also when the page is
// open already (a navigation to another fragment of it would only change
// location.hash).
func openPage(t *testing.T, ctx context.Context, page, hash string) {
	t.Helper()
	step(t, ctx, "open "+page+hash, chromedp.Navigate("about:blank"),
		chromedp.Navigate(browsertest.FileURL(t, page)+hash), chromedp.WaitReady(chromedp.CSS("body")))
}

// showReport moves to the review of report n, as a link to #r-n does, and
// waits for it in main#view.
func showReport(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	eval(t, ctx, nil, "location.hash = %s", js("#r-"+strconv.Itoa(n)))
	if !poll(t, ctx, 5*time.Second, fmt.Sprintf("document.querySelector('main#view article.report#r-%d')", n)) {
		var view string
		eval(t, ctx, &view, "(document.querySelector('main#view') || {outerHTML: 'no main#view'}).outerHTML.slice(0, 500)")
		t.Fatalf("#r-%d: no article.report#r-%d in main#view; main#view is %s", n, n, view)
	}
}

// reportNumbers maps each path in the index to its N, from the link of
// its row.
func reportNumbers(t *testing.T, ctx context.Context) map[string]int {
	t.Helper()
	var rows []struct{ Path, Href string }
	eval(t, ctx, &rows, `[...document.querySelectorAll("table.index tbody tr.report-row")].map(r => ({
		path: r.dataset.path, href: (r.querySelector('a[href^="#r-"]') || {}).getAttribute?.("href") || ""}))`)
	m := map[string]int{}
	for _, r := range rows {
		n, err := strconv.Atoi(strings.TrimPrefix(r.Href, "#r-"))
		if err != nil || !strings.HasPrefix(r.Href, "#r-") {
			t.Errorf("index row of %q links to %q, want #r-N", r.Path, r.Href)
			continue
		}
		m[r.Path] = n
	}
	return m
}

// diagEntry finds the entry of report n's list that holds message, and
// returns its K.
func diagEntry(t *testing.T, ctx context.Context, n int, d reviewDiag) int {
	t.Helper()
	var ids []string
	eval(t, ctx, &ids, `[...document.querySelectorAll("#r-%d aside.diagnostics li.diag")].filter(li => li.textContent.includes(%s)).map(li => li.id)`,
		n, js(d.Message))
	if len(ids) != 1 {
		t.Fatalf("report %d: %d entries li.diag hold the message of %s (ids %q), want 1", n, len(ids), d, ids)
	}
	prefix := fmt.Sprintf("d-%d-", n)
	k, err := strconv.Atoi(strings.TrimPrefix(ids[0], prefix))
	if err != nil || !strings.HasPrefix(ids[0], prefix) {
		t.Fatalf("entry of %s has id %q, want %sK", d, ids[0], prefix)
	}
	return k
}

func findDiag(t *testing.T, ds []reviewDiag, rule string) reviewDiag {
	t.Helper()
	for _, d := range ds {
		if d.Rule == rule {
			return d
		}
	}
	t.Fatalf("no %s among %v", rule, ds)
	return reviewDiag{}
}

var severityColour = map[string]string{
	"error":   "rgb(198, 40, 40)",
	"warning": "rgb(178, 106, 0)",
	"info":    "rgb(21, 101, 192)",
}

// screenshots is the directory of NIANBAO_SCREENSHOTS, or "".
func screenshots() string { return os.Getenv("NIANBAO_SCREENSHOTS") }

// TestReviewPageMarksACell changes one cell of table 四 of a seed: the
// cell's mark is visible in the review, outlined in the error colour,
// shows the diagnostic on hover and on focus, and the diagnostic's entry
// scrolls to it and flashes it; the severity filter hides it.
func TestReviewPageMarksACell(t *testing.T) {
	ctx := browsertest.New(t)
	dir := t.TempDir()
	data, err := os.ReadFile(seed000)
	if err != nil {
		t.Fatal(err)
	}
	// Table 四's row of numbers: 行政复议 总计 (the fifth cell) 0 → 3, so
	// that it is no longer the sum of the four results.
	zeros := "\n0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
	if strings.Count(string(data), zeros) != 1 {
		t.Fatalf("%s: table 四's row of zeros not found once", seed000)
	}
	changed := strings.Replace(string(data), zeros, "\n0 | 0 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n", 1)
	// Relative paths, as a person names them (and the screenshot shows).
	t.Chdir(dir)
	report := filepath.Join("reports", seedNames[0])
	if err := os.MkdirAll("reports", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(report, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	page, res := lintToPage(t, dir, "review", report)
	if len(res.Files) != 1 {
		t.Fatalf("%d files in the JSON", len(res.Files))
	}
	d := findDiag(t, res.Files[0].Diagnostics, "arithmetic/review-sum")
	if d.Severity != "error" || d.Location.Line != 57 || d.Location.Column != 17 {
		t.Fatalf("the changed cell is 57:17, an error; got %s", d)
	}

	openPage(t, ctx, page, "#r-1")
	showReport(t, ctx, 1)
	browsertest.NoErrors(t, ctx, "review page")
	k := diagEntry(t, ctx, 1, d)
	markSel := fmt.Sprintf("#m-1-%d", k)

	mark := describe(t, ctx, markSel)
	switch {
	case mark == nil:
		t.Fatalf("no mark %s for %s", markSel, d)
	case !mark.Visible:
		t.Errorf("mark %s is not visible: %s", markSel, mark)
	}
	if mark.Tag != "td" || !mark.has("cell") || !mark.has("mark") || !mark.has("sev-error") {
		t.Errorf("mark of a table cell: want td.cell.mark.sev-error, got %s", mark)
	}
	if mark.Own != "3" {
		t.Errorf("mark %s holds %q besides its tooltip, want the changed cell's 3", markSel, mark.Own)
	}
	if mark.Tabindex != "0" || mark.Diag != fmt.Sprintf("d-1-%d", k) {
		t.Errorf("mark %s: tabindex %q data-diag %q, want 0 and d-1-%d", markSel, mark.Tabindex, mark.Diag, k)
	}
	if mark.OutlineColor != severityColour["error"] || mark.OutlineStyle == "none" || mark.OutlineWidth == "0px" {
		t.Errorf("mark %s outline %s %s %s, want a %s outline", markSel, mark.OutlineStyle, mark.OutlineWidth, mark.OutlineColor, severityColour["error"])
	}
	tipSel := markSel + " span.tip[role=tooltip]"
	checkTip := func(how string, want bool) {
		t.Helper()
		tip := describe(t, ctx, tipSel)
		switch {
		case tip == nil:
			t.Fatalf("no %s", tipSel)
		case tip.Visible != want:
			t.Errorf("%s: tooltip visible=%v, want %v: %s", how, tip.Visible, want, tip)
		case want && !tip.OnScreen:
			t.Errorf("%s: tooltip displayed but not seen on screen: %s", how, tip)
		case want:
			for _, s := range []string{d.Message, d.Title, d.Basis} {
				if !strings.Contains(tip.Text, s) {
					t.Errorf("%s: tooltip lacks %q: %q", how, s, tip.Text)
				}
			}
		}
	}
	eval(t, ctx, nil, `document.querySelector(%s).scrollIntoView({block: "center"})`, js(markSel))
	step(t, ctx, "mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 1, 1))
	checkTip("no hover, no focus", false)
	mark = describe(t, ctx, markSel)
	step(t, ctx, "hover the mark", chromedp.MouseEvent(chromedp.MouseMoved, (mark.Left+mark.Right)/2, (mark.Top+mark.Bottom)/2))
	checkTip("hover", true)
	// The screenshot: the changed cell's tooltip, the list beside it.
	if dir := screenshots(); dir != "" {
		browsertest.ViewportScreenshot(t, ctx, filepath.Join(dir, "review-page.png"))
	}
	step(t, ctx, "mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 1, 1))
	step(t, ctx, "focus the mark", chromedp.Focus(chromedp.CSS(markSel)))
	checkTip("focus", true)
	step(t, ctx, "blur the mark", chromedp.Blur(chromedp.CSS(markSel)))

	// Scroll away from the mark, then follow its entry in the list.
	eval(t, ctx, nil, `(() => {
		const m = document.querySelector(%s), r = m.getBoundingClientRect();
		const far = r.top + scrollY > innerHeight ? 0 : document.documentElement.scrollHeight;
		window.scrollTo({top: far, behavior: "instant"});
		for (let e = m.parentElement; e; e = e.parentElement) if (e.scrollHeight > e.clientHeight) e.scrollTop = far;
	})()`, js(markSel))
	if mark = describe(t, ctx, markSel); mark.inViewport() {
		t.Errorf("could not scroll the mark out of view to test its link: %s", mark)
	}
	clicked := time.Now()
	step(t, ctx, "click the entry", chromedp.Click(chromedp.CSS(fmt.Sprintf("#d-1-%d a.goto[href='#m-1-%d']", k, k))))
	if !poll(t, ctx, time.Second, fmt.Sprintf("document.querySelector(%s).classList.contains('flash')", js(markSel))) {
		t.Errorf("the mark does not flash after a click on its entry: %s", describe(t, ctx, markSel))
	}
	// A smooth scroll takes a moment.
	var inView bool
	for range 40 {
		if mark = describe(t, ctx, markSel); mark.inViewport() {
			inView = true
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !inView {
		t.Errorf("the mark is not in the viewport after a click on its entry: %s", mark)
	}
	time.Sleep(time.Until(clicked.Add(900 * time.Millisecond)))
	if mark = describe(t, ctx, markSel); !mark.has("flash") {
		t.Errorf("the mark stopped flashing before 0.9 s: %s", mark)
	}
	if !poll(t, ctx, time.Until(clicked.Add(3*time.Second)), fmt.Sprintf("!document.querySelector(%s).classList.contains('flash')", js(markSel))) {
		t.Errorf("the mark still flashes 3 s after the click: %s", describe(t, ctx, markSel))
	}

	// Unchecking errors hides the error's entry and its mark; checking it
	// again shows them.
	entrySel := fmt.Sprintf("#d-1-%d", k)
	hidden := func() (entry, mark bool) {
		return describe(t, ctx, entrySel).has("hidden"), describe(t, ctx, markSel).has("hidden")
	}
	filter := "input[data-filter-severity=error]"
	step(t, ctx, "uncheck errors", chromedp.Click(chromedp.CSS(filter)))
	if e, m := hidden(); !e || !m {
		t.Errorf("errors unchecked: entry hidden=%v, mark hidden=%v; want both hidden", e, m)
	}
	step(t, ctx, "check errors", chromedp.Click(chromedp.CSS(filter)))
	if e, m := hidden(); e || m {
		t.Errorf("errors checked again: entry hidden=%v, mark hidden=%v; want neither", e, m)
	}
	catFilter := fmt.Sprintf("input[data-filter-category=%s]", d.Category)
	step(t, ctx, "uncheck "+d.Category, chromedp.Click(chromedp.CSS(catFilter)))
	if e, m := hidden(); !e || !m {
		t.Errorf("%s unchecked: entry hidden=%v, mark hidden=%v; want both hidden", d.Category, e, m)
	}
	browsertest.NoErrors(t, ctx, "review page")
}

// TestReviewPagePlaceholder: seed 003 has no 一、总体情况, and the review
// shows the missing section as a placeholder mark.
func TestReviewPagePlaceholder(t *testing.T) {
	ctx := browsertest.New(t)
	dir := t.TempDir()
	page, res := lintToPage(t, dir, "review", filepath.Join("..", "..", "testdata", "seeds", noTitle))
	d := findDiag(t, res.Files[0].Diagnostics, "structure/section-missing")
	openPage(t, ctx, page, "#r-1")
	showReport(t, ctx, 1)
	k := diagEntry(t, ctx, 1, d)
	mark := describe(t, ctx, fmt.Sprintf("#m-1-%d", k))
	if mark == nil || mark.Tag != "div" || !mark.has("placeholder") || !mark.has("mark") || !mark.has("sev-error") || !mark.Visible {
		t.Errorf("mark of the missing section: want a visible div.placeholder.mark.sev-error, got %s", mark)
	}
	if mark != nil && mark.OutlineColor != severityColour["error"] {
		t.Errorf("placeholder outline %s, want %s", mark.OutlineColor, severityColour["error"])
	}
	browsertest.NoErrors(t, ctx, "review of "+noTitle)
}

// TestReviewPageIndex lints seeds in one batch: a click on the errors
// column sorts the rows by their errors, numerically, descending and then
// ascending; the search box filters the rows by issuer and path.
func TestReviewPageIndex(t *testing.T) {
	ctx := browsertest.New(t)
	dir := t.TempDir()
	var paths []string
	for _, s := range seedNames {
		copySeed(t, s, filepath.Join(dir, "reports", s))
		paths = append(paths, filepath.Join("reports", s))
	}
	t.Chdir(dir)
	// A report with more than nine errors, so that a sort of the counts
	// as text would put it after one with two.
	data, err := os.ReadFile(filepath.Join("reports", seedNames[0]))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for l := range strings.SplitSeq(string(data), "\n") {
		if strings.HasPrefix(l, "(") && strings.Contains(l, " | 0 | 0 | 0 |") {
			l = strings.Replace(l, " | 0 | 0 | 0 |", " | 1 | 0 | 2 |", 1)
		}
		lines = append(lines, l)
	}
	broken := filepath.Join("reports", "草稿-表三有误.txt")
	if err := os.WriteFile(broken, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, broken)
	page, res := lintToPage(t, dir, "batch", paths...)
	errs := map[string]int{}
	for _, f := range res.Files {
		for _, d := range f.Diagnostics {
			if d.Severity == "error" {
				errs[f.Path]++
			}
		}
	}
	if errs[broken] < 10 {
		t.Fatalf("the broken copy has %d errors, want 10 or more", errs[broken])
	}

	openPage(t, ctx, page, "#index")
	if idx := describe(t, ctx, "section#index"); idx == nil || !idx.Visible {
		t.Fatalf("#index: section#index not visible: %s", idx)
	}
	for _, sel := range []string{"section#index .totals", "section#index ol.top-rules", "input#search", "table.index"} {
		if e := describe(t, ctx, sel); e == nil || !e.Visible {
			t.Errorf("%s not visible: %s", sel, e)
		}
	}
	var keys []string
	eval(t, ctx, &keys, `[...document.querySelectorAll("table.index thead th[data-key]")].map(th => th.dataset.key)`)
	for _, k := range []string{"path", "issuer", "kind", "year", "format", "errors", "warnings", "infos"} {
		if !slices.Contains(keys, k) {
			t.Errorf("no th[data-key=%s] among %q", k, keys)
		}
	}

	type row struct {
		Path                    string
		Issuer                  string
		Errors, Warnings, Infos string
		Visible                 bool
	}
	rows := func() []row {
		var rs []row
		eval(t, ctx, &rs, `[...document.querySelectorAll("table.index tbody tr.report-row")].map(r => ({
			path: r.dataset.path, issuer: r.dataset.issuer || "", errors: r.dataset.errors,
			warnings: r.dataset.warnings, infos: r.dataset.infos, visible: r.checkVisibility()}))`)
		return rs
	}
	rs := rows()
	if len(rs) != len(res.Files) {
		t.Fatalf("%d rows, want %d", len(rs), len(res.Files))
	}
	for _, r := range rs {
		if r.Errors != strconv.Itoa(errs[r.Path]) {
			t.Errorf("row %s: data-errors %q, want %d", r.Path, r.Errors, errs[r.Path])
		}
	}
	errorsOf := func() []int {
		var ns []int
		for _, r := range rows() {
			n, err := strconv.Atoi(r.Errors)
			if err != nil {
				t.Fatalf("row %s: data-errors %q", r.Path, r.Errors)
			}
			ns = append(ns, n)
		}
		return ns
	}
	step(t, ctx, "sort by errors", chromedp.Click(chromedp.CSS("table.index thead th[data-key=errors]")))
	if got := errorsOf(); !slices.IsSortedFunc(got, func(a, b int) int { return b - a }) {
		t.Errorf("first click on errors: rows have %v errors, want descending", got)
	}
	// The screenshot: the reports with the most errors first.
	if dir := screenshots(); dir != "" {
		browsertest.Screenshot(t, ctx, filepath.Join(dir, "review-index.png"), "")
	}
	step(t, ctx, "sort by errors again", chromedp.Click(chromedp.CSS("table.index thead th[data-key=errors]")))
	if got := errorsOf(); !slices.IsSorted(got) {
		t.Errorf("second click on errors: rows have %v errors, want ascending", got)
	}

	search := func(q string, want int) {
		t.Helper()
		step(t, ctx, "clear the search", chromedp.Focus(chromedp.CSS("input#search")))
		eval(t, ctx, nil, `document.querySelector("input#search").select()`)
		step(t, ctx, "clear the search", chromedp.KeyEvent(kb.Backspace))
		if q != "" {
			step(t, ctx, "search "+q, chromedp.SendKeys(chromedp.CSS("input#search"), q))
		}
		time.Sleep(300 * time.Millisecond) // a debounced search
		var shown []string
		for _, r := range rows() {
			match := q == "" || strings.Contains(strings.ToLower(r.Path), strings.ToLower(q)) || strings.Contains(r.Issuer, q)
			if r.Visible != match {
				t.Errorf("search %q: row %s (issuer %q) visible=%v", q, r.Path, r.Issuer, r.Visible)
			}
			if r.Visible {
				shown = append(shown, r.Path)
			}
		}
		if len(shown) != want {
			t.Errorf("search %q: %d rows shown, want %d: %q", q, len(shown), want, shown)
		}
	}
	var issuer string
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, seedNames[2]) && f.Report != nil {
			issuer = f.Report.Issuer
		}
	}
	if issuer == "" {
		t.Fatalf("no issuer for %s", seedNames[2])
	}
	wantIssuer := 0
	for _, f := range res.Files {
		if f.Report != nil && strings.Contains(f.Report.Issuer, issuer) {
			wantIssuer++
		}
	}
	search(issuer, wantIssuer)
	search("003_894c", 1)
	search("表三有误", 1)
	search("没有这个机关", 0)
	search("", len(res.Files))
	browsertest.NoErrors(t, ctx, "index")
}

// goldenReports are the reports of testdata that engine's golden test
// lints (engine/golden_test.go: goldenDirs and goldenExts).
func goldenReports(t *testing.T) []string {
	t.Helper()
	var paths []string
	for _, dir := range []string{"seeds", "html", "docx", "pdf", "layout"} {
		entries, err := os.ReadDir(filepath.Join("..", "..", "testdata", dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() && slices.Contains([]string{".txt", ".html", ".docx", ".pdf"}, filepath.Ext(e.Name())) {
				paths = append(paths, filepath.Join("..", "..", "testdata", dir, e.Name()))
			}
		}
	}
	return paths
}

// TestReviewPageEveryReport shows the review of every report of testdata,
// in Chinese and in English: no JavaScript error, one mark for each
// diagnostic of -f json and one entry in the list, each entry with
// exactly one mark of its severity; and the page is one file.
func TestReviewPageEveryReport(t *testing.T) {
	ctx := browsertest.New(t)
	paths := goldenReports(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			start := len(browsertest.Errors(ctx))
			page, res := lintToPage(t, t.TempDir(), "all", append([]string{"--lang", lang}, paths...)...)
			if len(res.Files) != len(paths) {
				t.Fatalf("%d files in the JSON, want %d", len(res.Files), len(paths))
			}
			openPage(t, ctx, page, "")
			var head struct {
				Lang, Generator string
				External        []string
			}
			eval(t, ctx, &head, `({lang: document.documentElement.lang,
				generator: (document.querySelector('meta[name=generator]') || {}).content || "",
				external: [...document.querySelectorAll("script[src], link[href], img[src], iframe[src]")]
					.map(e => e.getAttribute("src") || e.getAttribute("href")).filter(u => !u.startsWith("data:"))})`)
			wantLang := map[string]string{"zh": "zh-CN", "en": "en"}[lang]
			if head.Lang != wantLang || head.Generator != "nianbao" || len(head.External) > 0 {
				t.Errorf("page: lang %q (want %q), generator %q (want nianbao), external resources %q (want none)",
					head.Lang, wantLang, head.Generator, head.External)
			}
			numbers := reportNumbers(t, ctx)
			for i, f := range res.Files {
				n, ok := numbers[f.Path]
				if !ok {
					t.Errorf("%s: no row in the index", f.Path)
					continue
				}
				if n != i+1 {
					t.Errorf("%s: #r-%d, want #r-%d (its place in path order)", f.Path, n, i+1)
				}
				before := len(browsertest.Errors(ctx))
				showReport(t, ctx, n)
				checkReview(t, ctx, n, f.Path, f.Diagnostics)
				if errs := browsertest.Errors(ctx)[before:]; len(errs) > 0 {
					t.Errorf("%s (#r-%d): JavaScript errors:\n  %s", f.Path, n, strings.Join(errs, "\n  "))
				}
			}
			// A link to a mark or to an entry opens its report.
			for i, f := range res.Files {
				if len(f.Diagnostics) == 0 {
					continue
				}
				for _, hash := range []string{fmt.Sprintf("#m-%d-1", i+1), fmt.Sprintf("#d-%d-1", i+1)} {
					openPage(t, ctx, page, hash)
					if !poll(t, ctx, 5*time.Second, fmt.Sprintf("document.querySelector('main#view article.report#r-%d %s')", i+1, hash)) {
						t.Errorf("%s: %s not shown in main#view", f.Path, hash)
					}
				}
				break
			}
			openPage(t, ctx, page, "#index")
			if idx := describe(t, ctx, "section#index"); idx == nil || !idx.Visible {
				t.Errorf("#index: section#index not visible: %s", idx)
			}
			if errs := browsertest.Errors(ctx)[start:]; len(errs) > 0 {
				t.Errorf("page of every report: JavaScript errors:\n  %s", strings.Join(errs, "\n  "))
			}
			t.Logf("%d reports, %d diagnostics, each with its mark", len(res.Files), diags(res))
		})
	}
}

// checkReview checks the review of report n against its diagnostics.
func checkReview(t *testing.T, ctx context.Context, n int, path string, ds []reviewDiag) {
	t.Helper()
	var got struct {
		Doc     bool
		Marks   []string
		Entries []struct {
			ID, Severity, Category string
			Goto                   string
			Marks                  []struct {
				Classes       []string
				Diag, Tabtext string
				Tip           bool
			}
		}
	}
	eval(t, ctx, &got, `(() => {
		const a = document.querySelector("main#view article.report#r-%[1]d");
		return {
			doc: !!a.querySelector("div.doc"),
			marks: [...a.querySelectorAll(".mark")].map(m => m.id),
			entries: [...a.querySelectorAll("aside.diagnostics li.diag")].map(li => ({
				id: li.id, severity: li.dataset.severity || "", category: li.dataset.category || "",
				goto: (li.querySelector("a.goto") || {getAttribute: () => ""}).getAttribute("href") || "",
				marks: [...document.querySelectorAll("#" + li.id.replace(/^d-/, "m-"))].map(m => ({
					classes: [...m.classList], diag: m.dataset.diag || "", tabtext: m.getAttribute("tabindex") || "",
					tip: !!m.querySelector("span.tip[role=tooltip]")})),
			})),
		};
	})()`, n)
	if !got.Doc {
		t.Errorf("%s (#r-%d): no div.doc", path, n)
	}
	if len(got.Marks) != len(ds) || len(got.Entries) != len(ds) {
		t.Errorf("%s (#r-%d): %d marks and %d entries li.diag for %d diagnostics: marks %q, diagnostics:\n  %s",
			path, n, len(got.Marks), len(got.Entries), len(ds), got.Marks, joinDiags(ds))
	}
	for k, e := range got.Entries {
		id := fmt.Sprintf("d-%d-%d", n, k+1)
		m := fmt.Sprintf("m-%d-%d", n, k+1)
		switch {
		case e.ID != id:
			t.Errorf("%s: entry %d has id %q, want %s", path, k+1, e.ID, id)
		case e.Goto != "#"+m:
			t.Errorf("%s: entry %s links to %q, want #%s", path, id, e.Goto, m)
		case len(e.Marks) != 1:
			t.Errorf("%s: entry %s has %d marks #%s, want 1", path, id, len(e.Marks), m)
		default:
			mk := e.Marks[0]
			if !slices.Contains(mk.Classes, "mark") || !slices.Contains(mk.Classes, "sev-"+e.Severity) ||
				mk.Diag != id || mk.Tabtext != "0" || !mk.Tip {
				t.Errorf("%s: mark #%s: classes %q data-diag %q tabindex %q tooltip %v; want mark sev-%s, %s, 0, a span.tip[role=tooltip]",
					path, m, mk.Classes, mk.Diag, mk.Tabtext, mk.Tip, e.Severity, id)
			}
		}
		if _, ok := severityColour[e.Severity]; !ok || e.Category == "" {
			t.Errorf("%s: entry %s: data-severity %q data-category %q", path, id, e.Severity, e.Category)
		}
	}
	// The list holds the same diagnostics as -f json, whatever the order.
	var sev, wantSev []string
	for _, e := range got.Entries {
		sev = append(sev, e.Severity+" "+e.Category)
	}
	for _, d := range ds {
		wantSev = append(wantSev, d.Severity+" "+d.Category)
	}
	slices.Sort(sev)
	slices.Sort(wantSev)
	if !slices.Equal(sev, wantSev) {
		t.Errorf("%s: entries' severities and categories %q, want %q", path, sev, wantSev)
	}
}

func joinDiags(ds []reviewDiag) string {
	var s []string
	for _, d := range ds {
		s = append(s, d.String())
	}
	return strings.Join(s, "\n  ")
}

func diags(r reviewJSON) int {
	n := 0
	for _, f := range r.Files {
		n += len(f.Diagnostics)
	}
	return n
}
