package browsertest_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/nianbao/nianbao/internal/browsertest"
)

// TestBrowser opens a page that writes Chinese, logs, fails an assertion,
// calls console.error and throws: the errors are collected in order, a
// plain log is not, and the screenshots are PNGs of the window's width
// (and height, for the viewport).
func TestBrowser(t *testing.T) {
	ctx := browsertest.New(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "页面.html")
	html := `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试</title></head>
<body><h1 id="h">政府信息公开工作年度报告</h1>
<script>
console.log("not an error");
console.assert(1 === 2, "one is not two");
console.error("bad", 42);
setTimeout(() => { throw new Error("thrown later"); }, 0);
</script></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(browsertest.FileURL(t, page)), chromedp.WaitVisible(chromedp.CSS("#h"))); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || title != "测试" {
		t.Errorf("title %q, %v", title, err)
	}
	// The exception of the timer comes after the load.
	var errs []string
	for range 50 {
		if errs = browsertest.Errors(ctx); len(errs) >= 3 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(errs) != 3 ||
		!strings.HasPrefix(errs[0], "console.assert: one is not two") ||
		errs[1] != "console.error: bad 42" ||
		!strings.Contains(errs[2], "exception: ") || !strings.Contains(errs[2], "thrown later") {
		t.Errorf("errors:\n%s", strings.Join(errs, "\n"))
	}
	if slices.ContainsFunc(errs, func(s string) bool { return strings.Contains(s, "not an error") }) {
		t.Error("console.log collected as an error")
	}

	browsertest.ViewportScreenshot(t, ctx, filepath.Join(dir, "shots", "viewport.png"))
	if img := readPNG(t, filepath.Join(dir, "shots", "viewport.png")); img.Bounds().Dx() != browsertest.Width || img.Bounds().Dy() != browsertest.Height {
		t.Errorf("screenshot of the viewport is %v, want %dx%d", img.Bounds(), browsertest.Width, browsertest.Height)
	}
	for _, sel := range []string{"", "#h"} {
		out := filepath.Join(dir, "shots", "s"+strings.TrimPrefix(sel, "#")+".png")
		browsertest.Screenshot(t, ctx, out, sel)
		b := readPNG(t, out).Bounds()
		if sel == "" && b.Dx() != browsertest.Width || sel != "" && (b.Dx() == 0 || b.Dx() > browsertest.Width) {
			t.Errorf("screenshot of %q is %v", sel, b)
		}
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}
