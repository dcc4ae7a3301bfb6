package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/output"
	"github.com/nianbao/nianbao/server"
)

const seed003 = "../testdata/seeds/003_894c8dbdb6e23194.txt"

func newServer(t *testing.T, eo engine.Options, so server.Options) *httptest.Server {
	t.Helper()
	eo.KeepDocuments = true
	e, err := engine.New(context.Background(), eo)
	if err != nil {
		t.Fatal(err)
	}
	so.Engine, so.Version = e, "test"
	ts := httptest.NewServer(server.New(so).Handler())
	t.Cleanup(ts.Close)
	return ts
}

// form is a multipart body with files (name → content) and fields.
func form(t *testing.T, files map[string][]byte, fields map[string]string) (*bytes.Buffer, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for name, data := range files {
		w, err := mw.CreateFormFile("files", name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write(data)
	}
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	_ = mw.Close()
	return &b, mw.FormDataContentType()
}

// post sends a form and returns the answer's status and headers, and its
// body read (and closed).
func post(t *testing.T, url string, files map[string][]byte, fields map[string]string, header map[string]string) (answer, string) {
	t.Helper()
	body, typ := form(t, files, fields)
	req, err := http.NewRequest(http.MethodPost, url, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", typ)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return answer{StatusCode: resp.StatusCode, Header: resp.Header}, string(data)
}

// answer is what post keeps of a response.
type answer struct {
	StatusCode int
	Header     http.Header
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestAPIIsLintJSON checks that POST /api/lint answers what lint -f json
// prints for the same file, and that nothing is written to the temporary
// directory on the way.
func TestAPIIsLintJSON(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ts := newServer(t, engine.Options{}, server.Options{})
	data := readFile(t, seed003)
	resp, got := post(t, ts.URL+"/api/lint", map[string][]byte{"003.txt": data}, nil, nil)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, %s", resp.StatusCode, got)
	}
	e, err := engine.New(context.Background(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := e.LintBytes(context.Background(), "003.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := (output.JSON{}).Format(&want, &output.Result{Version: "test", Files: []engine.FileResult{f}}); err != nil {
		t.Fatal(err)
	}
	if got != want.String() {
		t.Errorf("API answer differs from lint -f json:\n%s\nwant:\n%s", got, want.String())
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("files written to the temporary directory: %v", entries)
	}
}

// TestConcurrentUploads sends 20 uploads at once to a server of two
// workers: all are answered.
func TestConcurrentUploads(t *testing.T) {
	ts := newServer(t, engine.Options{}, server.Options{Workers: 2})
	data := readFile(t, seed003)
	var wg sync.WaitGroup
	codes := make([]int, 20)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body, typ := form(t, map[string][]byte{"r.txt": data}, nil)
			resp, err := http.Post(ts.URL+"/api/lint", typ, body)
			if err != nil {
				t.Error(err)
				return
			}
			var res struct{ Files []struct{ Diagnostics []any } }
			_ = json.NewDecoder(resp.Body).Decode(&res)
			resp.Body.Close()
			codes[i] = resp.StatusCode
			if len(res.Files) != 1 || len(res.Files[0].Diagnostics) == 0 {
				t.Errorf("upload %d: %+v", i, res)
			}
		}()
	}
	wg.Wait()
	for i, c := range codes {
		if c != http.StatusOK {
			t.Errorf("upload %d: status %d", i, c)
		}
	}
}

// TestSlowPolicy: a custom policy over its time limit makes the file a
// failed one, and the answer says so; the built-in findings stay.
func TestSlowPolicy(t *testing.T) {
	ts := newServer(t, engine.Options{PolicyDirs: []string{"../testdata/policies/slow"}, Timeout: 300 * time.Millisecond}, server.Options{})
	resp, got := post(t, ts.URL+"/api/lint", map[string][]byte{"r.txt": readFile(t, seed003)}, nil, nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(got, "超出时间限制") || !strings.Contains(got, "structure/title-missing") {
		t.Errorf("status %d:\n%.2000s", resp.StatusCode, got)
	}
}

// TestUploadLimits: an oversized file or request gets a 413 page, too
// many files a 413, an empty upload a 400, a cross-site form post a 403.
func TestUploadLimits(t *testing.T) {
	ts := newServer(t, engine.Options{}, server.Options{MaxFileBytes: 1 << 20, MaxRequestBytes: 3 << 19, MaxFiles: 2})
	big := bytes.Repeat([]byte("规章 0 0 0\n"), 200_000) // 2.6 MB
	tests := []struct {
		name   string
		files  map[string][]byte
		header map[string]string
		status int
		want   string
	}{
		{"file too large", map[string][]byte{"big.txt": big}, nil, 413, "big.txt 大于 1 MB"},
		{"request too large", map[string][]byte{"a.txt": big[:900_000], "b.txt": big[:900_000]}, nil, 413, "上传的内容大于 1.5 MB"},
		{"too many files", map[string][]byte{"a.txt": []byte("x"), "b.txt": []byte("y"), "c.txt": []byte("z")}, nil, 413, "一次上传的文件多于 2 个"},
		{"nothing", nil, nil, 400, "没有上传任何文件"},
		{"cross-site", map[string][]byte{"a.txt": []byte("x")}, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403, "其他网站的表单不能向这里上传"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, got := post(t, ts.URL+"/review", tt.files, nil, tt.header)
			if resp.StatusCode != tt.status || !strings.Contains(got, tt.want) {
				t.Errorf("status %d, want %d and %q:\n%.500s", resp.StatusCode, tt.status, tt.want, got)
			}
			if tt.status == 413 && !strings.Contains(got, `<p class="error" id="message">`) {
				t.Errorf("413 without its page:\n%.500s", got)
			}
		})
	}
}

// TestAPIErrors: the API answers its errors as JSON, valid whatever the
// file's name, and pasted text over the limit is named.
func TestAPIErrors(t *testing.T) {
	ts := newServer(t, engine.Options{}, server.Options{MaxFileBytes: 1 << 10})
	big := bytes.Repeat([]byte("规章"), 1000)
	for _, tt := range []struct {
		files  map[string][]byte
		fields map[string]string
		want   string
	}{
		{map[string][]byte{"a\xffb.txt": big}, nil, "大于 1 KB"},
		{nil, map[string]string{"text": string(big)}, "粘贴的报告.txt 大于"},
	} {
		resp, got := post(t, ts.URL+"/api/lint", tt.files, tt.fields, nil)
		var e struct{ Error string }
		if err := json.Unmarshal([]byte(got), &e); err != nil || resp.StatusCode != 413 || !strings.Contains(e.Error, tt.want) {
			t.Errorf("status %d, %q (%v); want 413 and %q", resp.StatusCode, got, err, tt.want)
		}
	}
}

// TestReviewPage: an upload answers the review page with the report's
// marks and its downloads; a file that is no report gets its diagnostic;
// pasted text is a report too; every answer carries a strict policy.
func TestReviewPage(t *testing.T) {
	ts := newServer(t, engine.Options{}, server.Options{})
	resp, page := post(t, ts.URL+"/review", map[string][]byte{"../../etc/003.txt": readFile(t, seed003), "logo.docx": []byte("not a zip")}, nil, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, w := range []string{`id="m-1-1"`, "003.txt", "logo.docx", "不是 Word 文档", `download="nianbao.json"`, `download="nianbao.sarif"`, `download="nianbao.html"`, "data:application/json"} {
		if !strings.Contains(page, w) {
			t.Errorf("page lacks %q", w)
		}
	}
	if strings.Contains(page, "etc/003") {
		t.Error("the uploaded name's directories are kept")
	}
	csp := resp.Header.Get("Content-Security-Policy")
	style, script := output.HTMLInline()
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, script) || !strings.Contains(csp, style) || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	_, page = post(t, ts.URL+"/review", nil, map[string]string{"text": string(readFile(t, seed003))}, nil)
	if !strings.Contains(page, "粘贴的报告.txt") || !strings.Contains(page, "structure/title-missing") {
		t.Errorf("pasted text not linted:\n%.500s", page)
	}
	for _, p := range []string{"/", "/healthz", "/static/upload.js"} {
		r, err := http.Get(ts.URL + p)
		if err != nil || r.StatusCode != 200 {
			t.Errorf("GET %s: %v %v", p, err, r)
		}
		if r != nil {
			r.Body.Close()
		}
	}
	if r, err := http.Get(ts.URL + "/static/../server.go"); err == nil && r.StatusCode == 200 {
		b, _ := io.ReadAll(r.Body)
		if strings.Contains(string(b), "package server") {
			t.Error("a source file is served")
		}
		r.Body.Close()
	}
}
