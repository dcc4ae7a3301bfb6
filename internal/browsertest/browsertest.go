// Package browsertest runs a headless Chromium for tests that look at a
// page as a reader's browser shows it: the review page that `nianbao lint
// -f html` writes, its scripts, its styles and its fonts.
//
// New starts the browser and returns a chromedp context for one tab; the
// browser ends with the test. The JavaScript exceptions and console errors
// of the tab are collected, so that a test can assert that none happened
// (Errors). Screenshot writes a PNG of the page or of one element,
// ViewportScreenshot one of what the window shows.
//
// The browser is the first of $NIANBAO_CHROME, chromium, chromium-browser
// and google-chrome that exists. Without one the test is skipped, except
// when $CI is set: CI must run these tests, not pass over them.
package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Width and Height are the size of the browser window and of the viewport
// a page is laid out in; Width is a screenshot's width.
const (
	Width  = 1280
	Height = 900
)

// EnvBrowser names the browser to use instead of the first one found on
// $PATH.
const EnvBrowser = "NIANBAO_CHROME"

// browsers are the names looked up on $PATH, in order.
var browsers = []string{"chromium", "chromium-browser", "google-chrome"}

// installHint says how to get a browser, for the message of a skipped test.
const installHint = "install Chromium (Debian, Ubuntu: sudo apt-get install chromium fonts-noto-cjk) " +
	"or set " + EnvBrowser + " to a Chrome or Chromium binary"

// Find returns the path of the browser, or "" when there is none. A
// $NIANBAO_CHROME that names no executable is an error.
func Find() (string, error) {
	if p := os.Getenv(EnvBrowser); p != "" {
		found, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("%s=%s: %w", EnvBrowser, p, err)
		}
		return found, nil
	}
	for _, name := range browsers {
		if found, err := exec.LookPath(name); err == nil {
			return found, nil
		}
	}
	return "", nil
}

// collector keeps the errors of a tab's pages.
type collector struct {
	mu   sync.Mutex
	errs []string
}

type collectorKey struct{}

func (c *collector) add(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.errs = append(c.errs, s)
}

// listen records uncaught exceptions and console.error calls. It runs in
// the loop of the tab, so it only formats and appends.
func (c *collector) listen(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		c.add("exception: " + exceptionText(ev.ExceptionDetails))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			c.add("console." + string(ev.Type) + ": " + argsText(ev.Args))
		}
	}
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	text := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		text += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d:%d)", text, d.URL, d.LineNumber+1, d.ColumnNumber+1)
}

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		var s string
		switch {
		case a == nil:
			continue
		case len(a.Value) > 0:
			if err := json.Unmarshal(a.Value, &s); err != nil {
				s = string(a.Value)
			}
		case a.Description != "":
			s = a.Description
		default:
			s = string(a.Type)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// New starts a headless browser with a window of Width×Height and returns
// the chromedp context of its tab. The browser is stopped when the test
// ends. It skips the test when there is no browser, and fails it then if
// $CI is set.
func New(t *testing.T) context.Context {
	t.Helper()
	path, err := Find()
	if err != nil {
		t.Fatal(err)
	}
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("no browser found (tried $%s, %s) and CI is set: %s", EnvBrowser, strings.Join(browsers, ", "), installHint)
		}
		t.Skipf("no browser found (tried $%s, %s): %s", EnvBrowser, strings.Join(browsers, ", "), installHint)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.WindowSize(Width, Height),
		chromedp.Flag("lang", "zh-CN"),
	)
	if os.Geteuid() == 0 {
		// Chromium refuses to start its sandbox as root.
		opts = append(opts, chromedp.NoSandbox)
	}
	var output syncBuffer
	opts = append(opts, chromedp.CombinedOutput(&output))

	// A browser that hangs ends with the test's deadline, not after it:
	// the test then fails with an error instead of the test binary's panic.
	parent, stop := context.Background(), context.CancelFunc(func() {})
	if deadline, ok := t.Deadline(); ok {
		parent, stop = context.WithDeadline(parent, deadline.Add(-5*time.Second))
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	c := &collector{}
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(c.listen))
	ctx = context.WithValue(ctx, collectorKey{}, c)
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		stop()
	})
	// The first run starts the browser and binds it to ctx. The viewport
	// is the whole window, without the room a window's frame would take.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(Width, Height)); err != nil {
		t.Fatalf("starting %s: %v\n%s", path, err, output.String())
	}
	return ctx
}

// Errors returns the JavaScript exceptions and console errors that the
// pages of the tab of ctx (a context from New) have had so far, in order.
func Errors(ctx context.Context) []string {
	c, ok := ctx.Value(collectorKey{}).(*collector)
	if !ok {
		panic("browsertest.Errors: not a context from browsertest.New")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.errs...)
}

// NoErrors fails the test when the tab has had an exception or a console
// error; what names the page or the step, for the message.
func NoErrors(t testing.TB, ctx context.Context, what string) {
	t.Helper()
	if errs := Errors(ctx); len(errs) > 0 {
		t.Errorf("%s: %d JavaScript error(s):\n  %s", what, len(errs), strings.Join(errs, "\n  "))
	}
}

// FileURL returns the file:// URL of a local file.
func FileURL(t testing.TB, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// Screenshot writes a PNG of the element that the CSS selector sel
// matches first, or of the whole page (all of its height, Width wide) when
// sel is "", to path, creating its directory.
func Screenshot(t testing.TB, ctx context.Context, path, sel string) {
	t.Helper()
	var (
		png []byte
		err error
	)
	if sel == "" {
		png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	} else {
		png, err = chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(sel)))
	}
	if err != nil {
		t.Fatalf("screenshot of %q: %v", sel, err)
	}
	writeFile(t, path, png)
}

// ViewportScreenshot writes a PNG of what the viewport shows, Width×Height,
// to path, creating its directory.
func ViewportScreenshot(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot of the viewport: %v", err)
	}
	writeFile(t, path, png)
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// syncBuffer is the browser's output, written by the allocator's
// goroutine and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
