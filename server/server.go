// Package server is nianbao serve: a local web page where a user drops
// reports (Word, PDF, saved web pages, text) or pastes text and gets the
// review page of -f html for them, with the JSON and SARIF to download,
// and a JSON API (POST /api/lint) for scripts. Uploads are read into
// memory within limits and linted by the same engine as nianbao lint;
// nothing is written to disk or kept after the response.
package server

import (
	"bytes"
	"context"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/output"
	"github.com/nianbao/nianbao/parser"
)

// Options configure a server.
type Options struct {
	// Engine lints the uploads; it must keep documents
	// (engine.Options.KeepDocuments) for the review page to draw them.
	Engine *engine.Engine
	// Lang is the language of the pages and messages ("zh" or "en").
	Lang string
	// Version names nianbao in the outputs.
	Version string
	// MaxFileBytes bounds one file, MaxRequestBytes a whole request,
	// MaxFiles the files of one request.
	MaxFileBytes    int64
	MaxRequestBytes int64
	MaxFiles        int
	// Workers bounds the requests linted at once; others wait for a slot
	// until their time limit.
	Workers int
	// Timeout bounds one request: waiting for a worker and linting.
	Timeout time.Duration
	// Rules are the enabled rules, for the SARIF download.
	Rules []engine.Rule
}

// Defaults for Options left zero.
const (
	DefaultMaxFileBytes    = parser.DefaultMaxBytes
	DefaultMaxRequestBytes = 64 << 20
	DefaultMaxFiles        = 20
	DefaultTimeout         = 2 * time.Minute
)

// Server handles the page, the uploads and the API.
type Server struct {
	opts  Options
	slots chan struct{}
	mux   *http.ServeMux
	// csp is the Content-Security-Policy of every response.
	csp string
}

//go:embed assets
var assets embed.FS

var uploadPage = template.Must(template.ParseFS(assets, "assets/upload.html", "assets/error.html"))

// New returns a server for opts.
func New(opts Options) *Server {
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = DefaultMaxFileBytes
	}
	if opts.MaxRequestBytes <= 0 {
		opts.MaxRequestBytes = DefaultMaxRequestBytes
	}
	if opts.MaxFiles <= 0 {
		opts.MaxFiles = DefaultMaxFiles
	}
	if opts.Workers <= 0 {
		opts.Workers = 2
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Lang != "en" {
		opts.Lang = "zh"
	}
	style, script := output.HTMLInline()
	s := &Server{
		opts:  opts,
		slots: make(chan struct{}, opts.Workers),
		mux:   http.NewServeMux(),
		csp: "default-src 'none'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; " +
			"style-src 'self' " + style + "; script-src 'self' " + script,
	}
	static, _ := fs.Sub(assets, "assets/static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /{$}", s.index)
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	s.mux.HandleFunc("POST /review", s.review)
	s.mux.HandleFunc("POST /api/lint", s.api)
	return s
}

// Handler returns the server's handler: every route behind protection
// against cross-origin form posts (CSRF) and with security headers.
func (s *Server) Handler() http.Handler {
	protect := http.NewCrossOriginProtection()
	protect.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.headers(w)
		s.fail(w, r, http.StatusForbidden, l10n.New("a form of another site cannot upload here"))
	}))
	return protect.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.headers(w)
		s.mux.ServeHTTP(w, r)
	}))
}

// headers sets the security headers of every answer.
func (s *Server) headers(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
}

// HTTPServer returns an http.Server for addr with timeouts on every
// stage of a request.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.opts.Timeout,
		WriteTimeout:      s.opts.Timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// words of the pages.
type words struct {
	Lang, Title, Intro, Choose, Paste, PasteName, Submit, Drop, Limits, Back, ErrorTitle, Status string
}

var pageWords = map[string]words{
	"zh": {Lang: "zh-CN", Title: "政府信息公开工作年度报告检查", Intro: "把年度报告（Word .docx 或 .doc、PDF、OFD、保存的网页或文本）拖到下面，或粘贴报告全文，即可看到报告中的问题。文件只在本机处理，不会上传到别处，也不会保存。",
		Choose: "选择文件", Paste: "或者粘贴报告全文", PasteName: "粘贴的报告", Submit: "检查", Drop: "把文件拖到这里",
		Limits: "每个文件不超过 %d MB，一次最多 %d 个文件。", Back: "返回", ErrorTitle: "无法检查", Status: "（%d）"},
	"en": {Lang: "en", Title: "Annual report check", Intro: "Drop annual reports (Word .docx or .doc, PDF, OFD, saved web pages or text) below, or paste a report's text, to see its problems. Files are processed on this machine only, never sent elsewhere and never kept.",
		Choose: "Choose files", Paste: "or paste a report's text", PasteName: "pasted report", Submit: "Check", Drop: "Drop files here",
		Limits: "Up to %d MB a file, %d files at a time.", Back: "Back", ErrorTitle: "Cannot check", Status: " (%d)"},
}

func (s *Server) words() words { return pageWords[s.opts.Lang] }

func (s *Server) index(w http.ResponseWriter, _ *http.Request) {
	wd := s.words()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = uploadPage.ExecuteTemplate(w, "upload.html", map[string]any{
		"W": wd, "Limits": fmt.Sprintf(wd.Limits, s.opts.MaxFileBytes>>20, s.opts.MaxFiles),
	})
}

// fail writes an error page (or, for the API, a JSON error) with status.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	msg := l10n.Text(s.opts.Lang, err)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": strings.ToValidUTF8(msg, "\uFFFD")})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_ = uploadPage.ExecuteTemplate(w, "error.html", map[string]any{"W": s.words(), "Status": fmt.Sprintf(s.words().Status, status), "Message": msg})
}

// upload is one file of a request.
type upload struct {
	name string
	data []byte
}

// read reads the files of a multipart request into memory, within the
// limits; pasted text (the field "text") is one more file.
func (s *Server) read(w http.ResponseWriter, r *http.Request) ([]upload, int, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxRequestBytes)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, http.StatusBadRequest, l10n.Wrap(err, "not a file upload (multipart/form-data)")
	}
	var files []upload
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, statusOf(err), s.tooLarge(err)
		}
		name, field := part.FileName(), part.FormName()
		if name == "" && field != "text" {
			_ = part.Close()
			continue
		}
		pasted := name == ""
		if pasted {
			name = s.words().PasteName + ".txt"
		}
		data, err := io.ReadAll(io.LimitReader(part, s.opts.MaxFileBytes+1))
		_ = part.Close()
		if err != nil {
			return nil, statusOf(err), s.tooLarge(err)
		}
		if int64(len(data)) > s.opts.MaxFileBytes {
			return nil, http.StatusRequestEntityTooLarge, l10n.New("%s is larger than %s", safeName(name), size(s.opts.MaxFileBytes))
		}
		if pasted && len(bytes.TrimSpace(data)) == 0 {
			continue
		}
		if len(files) == s.opts.MaxFiles {
			return nil, http.StatusRequestEntityTooLarge, l10n.New("more than %d files in one upload", s.opts.MaxFiles)
		}
		files = append(files, upload{name: safeName(name), data: data})
	}
	if len(files) == 0 {
		return nil, http.StatusBadRequest, l10n.New("no file was uploaded")
	}
	return files, 0, nil
}

func (s *Server) tooLarge(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return l10n.New("the upload is larger than %s", size(s.opts.MaxRequestBytes))
	}
	return err
}

// size is a limit in bytes as people say it: 50 MB, 1.5 MB, 512 KB.
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	}
	return strconv.FormatInt(max(1, n>>10), 10) + " KB"
}

func statusOf(err error) int {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

// safeName keeps a file name's last element: a name never stands for a
// path on this machine.
func safeName(name string) string {
	name = path.Base(filepath.ToSlash(name))
	if name == "." || name == "/" || name == "" {
		return "report"
	}
	return name
}

// work reads a request's uploads and lints them on a worker slot, within
// the request's time limit: a slot is taken before the body is read, so
// that Workers bounds the memory uploads hold as well as the linting.
func (s *Server) work(w http.ResponseWriter, r *http.Request) (*output.Result, int, error) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return nil, http.StatusServiceUnavailable, l10n.New("the server is busy: try again in a moment")
	}
	files, status, err := s.read(w, r)
	if err != nil {
		return nil, status, err
	}
	sources := make([]engine.Source, len(files))
	for i, f := range files {
		sources[i] = engine.Source{Path: f.name, Read: func() ([]byte, error) { return f.data, nil }}
	}
	// A file that fails (a policy over its time limit) is a failed file
	// of the result, shown as such; the error is not the request's.
	results, _ := s.opts.Engine.LintAll(ctx, sources, 1)
	res := &output.Result{Version: s.opts.Version, Lang: s.opts.Lang, Files: results, Rules: s.opts.Rules, FailLevel: engine.SeverityError}
	return res, 0, nil
}

func (s *Server) review(w http.ResponseWriter, r *http.Request) {
	res, status, err := s.work(w, r)
	if err != nil {
		s.fail(w, r, status, err)
		return
	}
	var page, js, sarif bytes.Buffer
	if err := (output.HTML{}).Format(&page, res); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if err := (output.JSON{}).Format(&js, res); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if err := (output.SARIF{}).Format(&sarif, res); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	dl := map[string][3]string{"zh": {"本页", "JSON", "SARIF"}, "en": {"this page", "JSON", "SARIF"}}[s.opts.Lang]
	h := output.HTML{Downloads: []output.Download{
		{Label: dl[0], Name: "nianbao.html", URL: dataURL("text/html", page.Bytes())},
		{Label: dl[1], Name: "nianbao.json", URL: dataURL("application/json", js.Bytes())},
		{Label: dl[2], Name: "nianbao.sarif", URL: dataURL("application/sarif+json", sarif.Bytes())},
	}}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = h.Format(w, res)
}

func dataURL(typ string, data []byte) template.URL {
	return template.URL("data:" + mime.FormatMediaType(typ, map[string]string{"charset": "utf-8"}) + ";base64," + base64.StdEncoding.EncodeToString(data)) //nolint:gosec // our own output, base64
}

func (s *Server) api(w http.ResponseWriter, r *http.Request) {
	res, status, err := s.work(w, r)
	if err != nil {
		s.fail(w, r, status, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = (output.JSON{}).Format(w, res)
}
