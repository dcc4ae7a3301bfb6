package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/nianbao/nianbao/internal/browsertest"
)

// `nianbao serve` end to end: the binary started as a person starts it,
// its page used in Chromium as a person uses it — a Word draft with a
// table that does not add up, a PDF, an upload over the size limit, files
// that are no reports — and stopped with Ctrl-C. No page may have a
// JavaScript error or break its Content-Security-Policy.
//
// With NIANBAO_SCREENSHOTS=DIR the test also writes DIR/serve-upload.png
// (the upload page, a file chosen) and DIR/serve-review.png (the review
// of the Word draft, its failing cell's tooltip shown), 1280 wide, as
// docs/ shows them; a relative DIR is taken from the repository's root
// (NIANBAO_SCREENSHOTS=docs go test -run TestServeInBrowser ./cmd/nianbao).

// serveJSON is what the test reads of `lint -f json` and of the JSON a
// review page offers for download.
type serveJSON struct {
	Files []struct {
		Path        string
		Diagnostics []serveDiag
	}
}

type serveDiag struct{ Rule, Severity, Message string }

func (d serveDiag) String() string { return d.Severity + " " + d.Message + " [" + d.Rule + "]" }

// serveOutput is the stdout or stderr of a server; its first line is also
// sent on line.
type serveOutput struct {
	mu   sync.Mutex
	b    bytes.Buffer
	line chan string
	sent bool
}

func newServeOutput() *serveOutput { return &serveOutput{line: make(chan string, 1)} }

func (o *serveOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.b.Write(p)
	if i := bytes.IndexByte(o.b.Bytes(), '\n'); i >= 0 && !o.sent {
		o.sent = true
		o.line <- string(o.b.Bytes()[:i])
	}
	return len(p), nil
}

func (o *serveOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.b.String()
}

// servedProcess is a running `nianbao serve`.
type servedProcess struct {
	cmd            *exec.Cmd
	url            string
	stdout, stderr *serveOutput
	exited         chan struct{}
	err            error // of Wait, once exited is closed
}

// serveBanner is the line a server prints first (in Chinese, the default).
var serveBanner = regexp.MustCompile(`^nianbao serve：请在浏览器中打开 (http://127\.0\.0\.1:[0-9]+/)（按 Ctrl-C 停止）$`)

// buildServeBinary builds the command into a temporary directory.
func buildServeBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "nianbao")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startServe starts `nianbao serve --addr 127.0.0.1:0` and the extra
// arguments in dir, and waits for the address it prints. The process is
// killed when the test ends if stop has not stopped it.
func startServe(t *testing.T, bin, dir string, args ...string) *servedProcess {
	t.Helper()
	p := &servedProcess{stdout: newServeOutput(), stderr: newServeOutput(), exited: make(chan struct{})}
	p.cmd = exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	p.cmd.Dir = dir
	p.cmd.Stdout, p.cmd.Stderr = p.stdout, p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = p.cmd.Process.Kill()
			<-p.exited
		}
	})
	select {
	case line := <-p.stdout.line:
		m := serveBanner.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("nianbao serve printed %q first, want %s", line, serveBanner)
		}
		p.url = m[1]
	case <-p.exited:
		t.Fatalf("nianbao serve %s exited before it printed its address: %v\n%s", strings.Join(args, " "), p.err, p.stderr)
	case <-time.After(30 * time.Second):
		t.Fatalf("nianbao serve printed no address within 30 s:\n%s", p.stderr)
	}
	return p
}

// stop sends SIGINT (Ctrl-C) and checks that the server shuts down
// gracefully: it exits 0 within 15 s, having written nothing on stderr.
func (p *servedProcess) stop(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.exited:
	case <-time.After(15 * time.Second):
		t.Errorf("%s: still running 15 s after SIGINT", p.url)
		return
	}
	if p.err != nil || p.cmd.ProcessState.ExitCode() != 0 {
		t.Errorf("%s: after SIGINT, exit %d (%v), want 0\nstderr: %s", p.url, p.cmd.ProcessState.ExitCode(), p.err, p.stderr)
	}
	if s := p.stderr.String(); s != "" {
		t.Errorf("%s: stderr %q, want nothing", p.url, s)
	}
}

// serveLint is `nianbao lint -f json file`, run in dir as the server runs
// (the same configuration: none).
func serveLint(t *testing.T, bin, dir, file string) []serveDiag {
	t.Helper()
	cmd := exec.Command(bin, "lint", "-q", "-f", "json", file)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if code := cmd.ProcessState.ExitCode(); code != 0 && code != 1 {
		t.Fatalf("nianbao lint -f json %s: exit %d (%v)\n%s", file, code, err, stderr.String())
	}
	var r serveJSON
	if err := json.Unmarshal(out, &r); err != nil || len(r.Files) != 1 {
		t.Fatalf("nianbao lint -f json %s: %v, %d files\n%s", file, err, len(r.Files), out)
	}
	return r.Files[0].Diagnostics
}

// serveWordDraft writes the Word document of seed 000 (testdata/docx) with one
// cell of table 四 changed: 行政复议's 总计, the fifth cell of the row of
// numbers, from 0 to 3, so that it is no longer the sum of the four
// results.
func serveWordDraft(t *testing.T, path string) {
	t.Helper()
	zr, err := zip.OpenReader(filepath.Join("..", "..", "testdata", "docx", "changji-fgw-2024.docx"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	changed := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		_ = rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "word/document.xml" {
			doc := serveChangeCell(string(data))
			if doc == "" {
				t.Fatal("changji-fgw-2024.docx: the fifth cell of table 四's last row is not a 0")
			}
			data, changed = []byte(doc), true
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if !changed {
		t.Fatal("changji-fgw-2024.docx: no word/document.xml")
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// serveChangeCell sets the fifth cell of the last row of the last table of a
// document part to 3; it returns "" when the cell is not a 0.
func serveChangeCell(doc string) string {
	tbl := strings.LastIndex(doc, "<w:tbl>")
	if tbl < 0 {
		return ""
	}
	end := tbl + strings.Index(doc[tbl:], "</w:tbl>")
	at := tbl + strings.LastIndex(doc[tbl:end], "<w:tr")
	for range 5 {
		i := strings.Index(doc[at+1:end], "<w:tc>")
		if i < 0 {
			return ""
		}
		at += 1 + i
	}
	cellEnd := at + strings.Index(doc[at:], "</w:tc>")
	zero := "<w:t>0</w:t>"
	i := strings.Index(doc[at:cellEnd], zero)
	if i < 0 {
		return ""
	}
	return doc[:at+i] + "<w:t>3</w:t>" + doc[at+i+len(zero):]
}

// serveWatch collects, besides the JavaScript exceptions and console
// errors that browsertest collects, the errors of the browser's log and
// its security messages: a resource refused by the Content-Security-Policy
// is reported there. A listener on the pages' securitypolicyviolation
// events reports every violation as a console error too.
type serveWatch struct {
	ctx  context.Context
	mu   sync.Mutex
	logs []string
	// errs and logs seen by the last check.
	errsSeen, logsSeen int
}

const serveCSPReporter = `document.addEventListener("securitypolicyviolation", e => console.error(
	"Content-Security-Policy violation: " + e.effectiveDirective + " refused " + (e.blockedURI || "?") +
	" (" + e.sourceFile + ":" + e.lineNumber + ")"));`

func serveWatchPages(t *testing.T, ctx context.Context) *serveWatch {
	t.Helper()
	w := &serveWatch{ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		e, ok := ev.(*log.EventEntryAdded)
		if !ok || e.Entry == nil || e.Entry.Level != log.EntryLevelError && e.Entry.Source != log.EntrySourceSecurity {
			return
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		w.logs = append(w.logs, fmt.Sprintf("log %s %s: %s (%s)", e.Entry.Source, e.Entry.Level, e.Entry.Text, e.Entry.URL))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: serveCSPReporter}); err != nil {
		t.Fatal(err)
	}
	return w
}

// news returns what has been collected since the last call.
func (w *serveWatch) news() []string {
	errs := browsertest.Errors(w.ctx)
	w.mu.Lock()
	defer w.mu.Unlock()
	news := slices.Concat(errs[w.errsSeen:], w.logs[w.logsSeen:])
	w.errsSeen, w.logsSeen = len(errs), len(w.logs)
	return news
}

// noFavicon is the error the browser logs when it asks for the site's
// icon, which the server does not have (GET /favicon.ico: 404): not an
// error of the page.
const noFavicon = "status of 404 (Not Found) (http://127.0.0.1:"

// check fails the test for what has been collected since the last check,
// except the messages that contain one of expected; what names the page.
func (w *serveWatch) check(t *testing.T, what string, expected ...string) {
	t.Helper()
	var bad []string
	for _, s := range w.news() {
		if strings.Contains(s, noFavicon) && strings.HasSuffix(s, "/favicon.ico)") {
			continue
		}
		if !slices.ContainsFunc(expected, func(e string) bool { return strings.Contains(s, e) }) {
			bad = append(bad, s)
		}
	}
	if len(bad) > 0 {
		t.Errorf("%s: %d error(s) in the browser:\n  %s", what, len(bad), strings.Join(bad, "\n  "))
	}
}

// serveStep runs browser actions within 30 s.
func serveStep(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// serveEval evaluates a JavaScript expression, formatted with args.
func serveEval[T any](t *testing.T, ctx context.Context, expr string, args ...any) T {
	t.Helper()
	if len(args) > 0 {
		expr = fmt.Sprintf(expr, args...)
	}
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// serveQuote quotes s for a JavaScript expression.
func serveQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// serveUpload opens the upload page at url, chooses files, pastes text,
// clicks the button and returns the HTTP response of the page that
// answers, once loaded.
func serveUpload(t *testing.T, ctx context.Context, url string, files []string, text string) *network.Response {
	t.Helper()
	serveStep(t, ctx, "open "+url, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS("form#upload")))
	if len(files) > 0 {
		serveStep(t, ctx, "choose "+strings.Join(files, ", "), chromedp.SetUploadFiles(chromedp.CSS("input#files"), files))
		// The page's script lists the files chosen.
		serveCheckChosen(t, ctx, files)
	}
	if text != "" {
		serveStep(t, ctx, "paste the text", chromedp.SendKeys(chromedp.CSS("textarea#text"), text))
	}
	tctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	resp, err := chromedp.RunResponse(tctx, chromedp.Click(chromedp.CSS("button#submit")))
	if err != nil {
		t.Fatalf("upload of %q to %s: %v", files, url, err)
	}
	return resp
}

// serveCheckChosen checks that the page's script lists the files chosen.
func serveCheckChosen(t *testing.T, ctx context.Context, files []string) {
	t.Helper()
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	const chosen = `[...document.querySelectorAll("ul#chosen li")].map(li => li.textContent).join("|")`
	if !servePoll(t, ctx, 5*time.Second, chosen+" === "+serveQuote(strings.Join(names, "|"))) {
		t.Errorf("ul#chosen lists %q, want %q", serveEval[string](t, ctx, chosen), strings.Join(names, "|"))
	}
}

// servePoll evaluates a JavaScript condition until it is true or the
// time is up, and says whether it became true.
func servePoll(t *testing.T, ctx context.Context, within time.Duration, cond string) bool {
	t.Helper()
	for end := time.Now().Add(within); ; time.Sleep(25 * time.Millisecond) {
		if serveEval[bool](t, ctx, "!!(%s)", cond) {
			return true
		}
		if time.Now().After(end) {
			return false
		}
	}
}

// serveOpenReport clicks the link of the index row of path and waits for its
// review in main#view; it returns the report's N.
func serveOpenReport(t *testing.T, ctx context.Context, path string) int {
	t.Helper()
	n := serveEval[int](t, ctx, `(() => {
		const r = [...document.querySelectorAll("section#index table.index tr.report-row")].find(r => r.dataset.path === %s);
		const a = r && r.querySelector('a[href^="#r-"]');
		return a ? Number(a.getAttribute("href").slice(3)) : 0;
	})()`, serveQuote(path))
	if n == 0 {
		rows := serveEval[[]string](t, ctx, `[...document.querySelectorAll("table.index tr.report-row")].map(r => r.dataset.path)`)
		t.Fatalf("no link a[href^=\"#r-\"] in the index row of %q; rows %q", path, rows)
	}
	sel := fmt.Sprintf(`main#view article.report#r-%d`, n)
	serveStep(t, ctx, "open the review of "+path,
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`section#index table.index a[href="#r-%d"]`, n))),
		chromedp.WaitVisible(chromedp.CSS(sel)))
	return n
}

// serveEntry is an entry of a review's list of diagnostics.
type serveEntry struct {
	ID, Rule, Message string
}

// serveReview returns the ids of the marks and the entries of the list of
// report n's review.
func serveReview(t *testing.T, ctx context.Context, n int) (marks []string, entries []serveEntry) {
	t.Helper()
	got := serveEval[struct {
		Marks   []string
		Entries []serveEntry
	}](t, ctx, `(() => {
		const a = document.querySelector("main#view article.report#r-%d");
		return {
			marks: [...a.querySelectorAll(".mark")].map(m => m.id),
			entries: [...a.querySelectorAll("aside.diagnostics li.diag")].map(li => ({
				id: li.id, rule: (li.querySelector("code") || {}).textContent || "",
				message: (li.querySelector(".msg") || {}).textContent || ""})),
		};
	})()`, n)
	return got.Marks, got.Entries
}

// serveCheckReview checks that report n's review has one mark and one
// entry for each diagnostic, the entries with the rules and messages of
// lint -f json.
func serveCheckReview(t *testing.T, ctx context.Context, n int, path string, want []serveDiag) {
	t.Helper()
	marks, entries := serveReview(t, ctx, n)
	if len(marks) != len(want) || len(entries) != len(want) {
		t.Errorf("%s: %d marks .mark and %d entries li.diag, want %d (lint -f json):\n  %s",
			path, len(marks), len(entries), len(want), joinServeDiags(want))
	}
	var got, exp []string
	for _, e := range entries {
		got = append(got, e.Rule+" "+e.Message)
	}
	for _, d := range want {
		exp = append(exp, d.Rule+" "+d.Message)
	}
	slices.Sort(got)
	slices.Sort(exp)
	if !slices.Equal(got, exp) {
		t.Errorf("%s: the list holds\n  %s\nwant (lint -f json)\n  %s", path, strings.Join(got, "\n  "), strings.Join(exp, "\n  "))
	}
}

func joinServeDiags(ds []serveDiag) string {
	var s []string
	for _, d := range ds {
		s = append(s, d.String())
	}
	return strings.Join(s, "\n  ")
}

// serveDownloads returns the download links at the top of a review page.
func serveDownloads(t *testing.T, ctx context.Context) map[string]string {
	t.Helper()
	links := serveEval[[]struct{ Name, Href, Label string }](t, ctx,
		`[...document.querySelectorAll("section#index a[download]")].map(a => ({name: a.getAttribute("download"), href: a.getAttribute("href"), label: a.textContent}))`)
	m := map[string]string{}
	for _, l := range links {
		m[l.Name] = l.Href
	}
	return m
}

// serveDataURL decodes a base64 data: URL of the type typ.
func serveDataURL(t *testing.T, url, typ string) []byte {
	t.Helper()
	head, data, ok := strings.Cut(url, ",")
	if !ok || !strings.HasPrefix(head, "data:"+typ) || !strings.HasSuffix(head, ";base64") {
		t.Fatalf("download %.60s…: want a data:%s…;base64 URL", url, typ)
	}
	b, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		t.Fatalf("download %.60s…: %v", url, err)
	}
	return b
}

func TestServeInBrowser(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("stops the server with SIGINT")
	}
	ctx := browsertest.New(t)
	watch := serveWatchPages(t, ctx)
	bin := buildServeBinary(t)
	work := t.TempDir() // no .nianbao.yaml here or above
	srv := startServe(t, bin, work)
	shots := os.Getenv("NIANBAO_SCREENSHOTS")
	if shots != "" && !filepath.IsAbs(shots) {
		shots = filepath.Join("..", "..", shots) // from the repository's root
	}

	// The upload page, with its stylesheet and script.
	serveStep(t, ctx, "open "+srv.url, chromedp.Navigate(srv.url), chromedp.WaitVisible(chromedp.CSS("form#upload")))
	form := serveEval[struct {
		Title, Method, Action, Enctype, Border string
		Files, Multiple, Text, Submit          bool
	}](t, ctx, `(() => {
		const f = document.querySelector("form#upload"), i = document.querySelector("input#files");
		return {title: document.title, method: f.method, action: f.getAttribute("action"), enctype: f.enctype,
			files: !!i && i.type === "file", multiple: !!i && i.multiple,
			text: !!document.querySelector("form#upload textarea#text"), submit: !!document.querySelector("form#upload button#submit"),
			border: getComputedStyle(document.getElementById("drop")).borderStyle};
	})()`)
	if form.Title != "政府信息公开工作年度报告检查" || form.Method != "post" || form.Action != "/review" || form.Enctype != "multipart/form-data" ||
		!form.Files || !form.Multiple || !form.Text || !form.Submit {
		t.Errorf("upload page: %+v; want a form#upload posting multipart to /review with input#files (multiple), textarea#text, button#submit", form)
	}
	if form.Border != "dashed" {
		t.Errorf("upload page: #drop has a %s border, want the dashed one of /static/upload.css", form.Border)
	}
	watch.check(t, "upload page")

	// A Word draft with a cell of table 四 that does not add up.
	draft := filepath.Join(work, "昌吉州发改委2024年报（草稿）.docx")
	serveWordDraft(t, draft)
	wantDraft := serveLint(t, bin, work, draft)
	var sum serveDiag
	for _, d := range wantDraft {
		if d.Rule == "arithmetic/review-sum" {
			sum = d
		}
	}
	if sum.Message != "“行政复议”：总计（3）不等于结果维持、结果纠正、其他结果、尚未审结之和（0）" || sum.Severity != "error" {
		t.Fatalf("lint -f json of the draft: no arithmetic/review-sum error on the changed cell:\n  %s", joinServeDiags(wantDraft))
	}
	if shots != "" {
		serveStep(t, ctx, "choose the draft", chromedp.SetUploadFiles(chromedp.CSS("input#files"), []string{draft}))
		serveCheckChosen(t, ctx, []string{draft})
		browsertest.ViewportScreenshot(t, ctx, filepath.Join(shots, "serve-upload.png"))
	}
	resp := serveUpload(t, ctx, srv.url, []string{draft}, "")
	if resp.Status != 200 || !strings.HasSuffix(resp.URL, "/review") {
		t.Fatalf("upload of the draft: %d %s, want 200 from /review", resp.Status, resp.URL)
	}
	serveStep(t, ctx, "the review page", chromedp.WaitVisible(chromedp.CSS("section#index table.index")))
	if title := serveEval[string](t, ctx, `document.title`); title != "政府信息公开工作年度报告检查结果" {
		t.Errorf("review page: title %q", title)
	}
	// The downloads: the JSON says what lint -f json says.
	dl := serveDownloads(t, ctx)
	for _, name := range []string{"nianbao.html", "nianbao.json", "nianbao.sarif"} {
		if dl[name] == "" {
			t.Errorf("review page: no a[download=%s] among %q", name, slices.Sorted(maps.Keys(dl)))
		}
	}
	if u := dl["nianbao.json"]; u != "" {
		var got serveJSON
		if err := json.Unmarshal(serveDataURL(t, u, "application/json"), &got); err != nil {
			t.Errorf("download nianbao.json: %v", err)
		} else if len(got.Files) != 1 || got.Files[0].Path != filepath.Base(draft) || !slices.Equal(got.Files[0].Diagnostics, wantDraft) {
			t.Errorf("download nianbao.json: %+v\nwant the file %s with (lint -f json)\n  %s", got, filepath.Base(draft), joinServeDiags(wantDraft))
		}
	}
	if u := dl["nianbao.html"]; u != "" {
		if page := serveDataURL(t, u, "text/html"); !bytes.Contains(page, []byte(`<template id="tpl-r-1">`)) {
			t.Errorf("download nianbao.html is not a review page: %.200s", page)
		}
	}
	if u := dl["nianbao.sarif"]; u != "" {
		if sarif := serveDataURL(t, u, "application/sarif+json"); !bytes.Contains(sarif, []byte(`"arithmetic/review-sum"`)) {
			t.Errorf("download nianbao.sarif lacks arithmetic/review-sum: %.200s", sarif)
		}
	}
	watch.check(t, "review page (index)")

	n := serveOpenReport(t, ctx, filepath.Base(draft))
	serveCheckReview(t, ctx, n, draft, wantDraft)
	k := serveEval[string](t, ctx, `(() => {
		const li = [...document.querySelectorAll("main#view li.diag")].filter(li => (li.querySelector(".msg") || {}).textContent === %s);
		return li.length === 1 ? li[0].id.replace(/^d-/, "m-") : "";
	})()`, serveQuote(sum.Message))
	if k == "" {
		t.Fatalf("review of the draft: not one entry li.diag with the message %q", sum.Message)
	}
	cell := serveEval[struct {
		Cell, Visible bool
		Own, Tip      string
	}](t, ctx, `(() => {
		const m = document.getElementById(%s);
		if (!m) return {cell: false, visible: false, own: "", tip: ""};
		const c = m.cloneNode(true);
		c.querySelectorAll(".tip, .badge").forEach(x => x.remove());
		const r = m.getBoundingClientRect();
		return {cell: m.matches("main#view td.cell.mark.sev-error"), visible: r.width > 0 && r.height > 0,
			own: c.textContent.trim(), tip: (m.querySelector(":scope > span.tip") || {}).textContent || ""};
	})()`, serveQuote(k))
	if !cell.Cell || !cell.Visible || cell.Own != "3" {
		t.Errorf("review of the draft: #%s is %+v; want a visible td.cell.mark.sev-error holding the changed 3", k, cell)
	}
	if !strings.Contains(cell.Tip, sum.Message) {
		t.Errorf("review of the draft: the tooltip of #%s is %q, want the message %q", k, cell.Tip, sum.Message)
	}
	// The tooltip shows on hover.
	serveStep(t, ctx, "scroll to the cell", chromedp.ScrollIntoView(chromedp.CSS("#"+k)))
	box := serveEval[struct{ X, Y float64 }](t, ctx, `(() => {
		const r = document.getElementById(%s).getBoundingClientRect();
		return {x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2};
	})()`, serveQuote(k))
	serveStep(t, ctx, "hover the cell", chromedp.MouseEvent("mouseMoved", box.X, box.Y))
	if !servePoll(t, ctx, 2*time.Second, fmt.Sprintf(`document.querySelector("#%s > span.tip").checkVisibility({opacityProperty: true, visibilityProperty: true})`, k)) {
		t.Errorf("review of the draft: the tooltip of #%s does not show on hover", k)
	}
	if shots != "" {
		browsertest.ViewportScreenshot(t, ctx, filepath.Join(shots, "serve-review.png"))
	}
	serveStep(t, ctx, "mouse away", chromedp.MouseEvent("mouseMoved", 1, 1))
	watch.check(t, "review of the Word draft")

	// Back to the upload page, a PDF.
	pdf, err := filepath.Abs(filepath.Join("..", "..", "testdata", "pdf", "hongze-gov-2023.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	wantPDF := serveLint(t, bin, work, pdf)
	if len(wantPDF) == 0 {
		t.Fatalf("lint -f json %s: no diagnostics", pdf)
	}
	if resp := serveUpload(t, ctx, srv.url, []string{pdf}, ""); resp.Status != 200 {
		t.Fatalf("upload of the PDF: %d", resp.Status)
	}
	n = serveOpenReport(t, ctx, filepath.Base(pdf))
	serveCheckReview(t, ctx, n, pdf, wantPDF)
	watch.check(t, "review of the PDF")

	// Files that are no reports: a .docx that is not a zip, and prose
	// pasted into the text box.
	notZip := filepath.Join(work, "不是文档.docx")
	if err := os.WriteFile(notZip, []byte("这不是 Word 文档，只是几个字。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	prose := "今天天气很好，我们去公园散步。春天来了，花都开了。"
	prosePath := filepath.Join(work, "粘贴的报告.txt")
	if err := os.WriteFile(prosePath, []byte(prose), 0o644); err != nil {
		t.Fatal(err)
	}
	wantNotZip, wantProse := serveLint(t, bin, work, notZip), serveLint(t, bin, work, prosePath)
	for _, ds := range [][]serveDiag{wantNotZip, wantProse} {
		if !slices.ContainsFunc(ds, func(d serveDiag) bool { return d.Rule == "parse/unrecognized" }) {
			t.Fatalf("lint -f json: no parse/unrecognized among\n  %s", joinServeDiags(ds))
		}
	}
	if resp := serveUpload(t, ctx, srv.url, []string{notZip}, prose); resp.Status != 200 {
		t.Fatalf("upload of the non-reports: %d", resp.Status)
	}
	for path, want := range map[string][]serveDiag{filepath.Base(notZip): wantNotZip, "粘贴的报告.txt": wantProse} {
		serveStep(t, ctx, "back to the index", chromedp.Evaluate[chromedp.Void](`location.hash = "#index"`),
			chromedp.WaitVisible(chromedp.CSS("section#index table.index")))
		n := serveOpenReport(t, ctx, path)
		serveCheckReview(t, ctx, n, path, want)
	}
	watch.check(t, "review of the non-reports")

	// An upload over the limit of a server started with --max-file-mb 1.
	small := startServe(t, bin, work, "--max-file-mb", "1")
	big := filepath.Join(work, "大文件.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("政府信息公开工作年度报告。\n"), 2<<20/40), 0o644); err != nil {
		t.Fatal(err)
	}
	serveStep(t, ctx, "open "+small.url, chromedp.Navigate(small.url), chromedp.WaitVisible(chromedp.CSS("form#upload")))
	if limits := serveEval[string](t, ctx, `document.querySelector(".limits").textContent`); !strings.Contains(limits, "不超过 1 MB") {
		t.Errorf("upload page of --max-file-mb 1: limits %q", limits)
	}
	watch.check(t, "upload page of --max-file-mb 1")
	resp = serveUpload(t, ctx, small.url, []string{big}, "")
	if resp.Status != 413 {
		t.Errorf("upload of a 2 MB file to --max-file-mb 1: status %d, want 413", resp.Status)
	}
	errPage := serveEval[struct{ Heading, Message string }](t, ctx, `({
		heading: (document.querySelector("h1") || {}).textContent || "",
		message: (document.querySelector("p#message") || {}).textContent || ""})`)
	if !strings.Contains(errPage.Heading, "413") || errPage.Message != "大文件.txt 大于 1 MB" {
		t.Errorf("413 page: heading %q, p#message %q; want 413 and the file named", errPage.Heading, errPage.Message)
	}
	// The browser logs the status of the page as an error of the network.
	watch.check(t, "413 page", "status of 413")
	small.stop(t)

	// The checks above would have seen a violation of the policy: an
	// inline script on the page is refused, and reported.
	serveStep(t, ctx, "open "+srv.url, chromedp.Navigate(srv.url), chromedp.WaitVisible(chromedp.CSS("form#upload")))
	watch.check(t, "upload page")
	blocked := serveEval[bool](t, ctx, `(() => {
		const s = document.createElement("script");
		s.textContent = "window.nianbaoInline = 1";
		document.head.appendChild(s);
		return window.nianbaoInline === undefined;
	})()`)
	if !blocked {
		t.Error("an inline script ran on a page of the server: no Content-Security-Policy")
	}
	var (
		news            []string
		console, logged bool
	)
	for end := time.Now().Add(2 * time.Second); (!console || !logged) && time.Now().Before(end); time.Sleep(25 * time.Millisecond) {
		news = append(news, watch.news()...)
		console = slices.ContainsFunc(news, func(s string) bool {
			return strings.Contains(s, "console.error: Content-Security-Policy violation: script-src-elem")
		})
		logged = slices.ContainsFunc(news, func(s string) bool {
			return strings.HasPrefix(s, "log security error: ") && strings.Contains(s, "Content Security Policy")
		})
	}
	if !console || !logged {
		t.Errorf("an inline script refused by the policy: want a console error and a log entry of security, got\n  %s", strings.Join(news, "\n  "))
	}

	srv.stop(t)
}
