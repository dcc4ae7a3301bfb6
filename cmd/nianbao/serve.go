package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/server"
)

type serveOptions struct {
	lintOptions
	addr      string
	open      bool
	workers   int
	maxFileMB int
	maxFiles  int
	reqTime   time.Duration
}

func (a *app) serveCmd() *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--open]",
		Short: "A local page where reports are dropped or pasted and reviewed in the browser",
		Long: `Start a local web server: its page takes reports (Word .docx, PDF, saved
web pages, text; dropped, chosen or pasted) and shows the review page of
lint -f html for them, with the page, the JSON and the SARIF to download.
POST /api/lint (multipart, the files as any field) returns the JSON of
lint -f json; GET /healthz answers ok.

It listens on 127.0.0.1 unless --addr says otherwise (and then warns):
the reports never leave the machine, are read into memory only and are
not kept after the answer. The policies, configuration and data are
those of lint, compiled once. Stop it with Ctrl-C.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.serve(cmd, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "`HOST:PORT` to listen on (port 0: any free port)")
	f.BoolVar(&o.open, "open", false, "open the page in the default browser")
	f.StringVarP(&o.config, "config", "c", "", "configuration `FILE` (default: the nearest .nianbao.yaml)")
	f.StringArrayVarP(&o.policies, "policy", "p", nil, "extra policy `DIR` (repeatable)")
	f.StringArrayVarP(&o.data, "data", "d", nil, "JSON or YAML data `FILE` for policies (repeatable)")
	f.StringVar(&o.lang, "lang", "", "language of the page and messages: zh or en (default: the configuration's, else zh)")
	f.StringVar(&o.issuerKind, "issuer-kind", "", "issuer kind, overriding what is inferred: government, department or township")
	f.DurationVar(&o.timeout, "timeout", engine.DefaultTimeout, "time limit for evaluating the policies on one report")
	f.DurationVar(&o.reqTime, "request-timeout", server.DefaultTimeout, "time limit for one upload: waiting for a worker and linting")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "uploads linted at once")
	f.IntVar(&o.maxFileMB, "max-file-mb", int(server.DefaultMaxFileBytes>>20), "largest file accepted, in MB")
	f.IntVar(&o.maxFiles, "max-files", server.DefaultMaxFiles, "most files in one upload")
	return cmd
}

func (a *app) serve(cmd *cobra.Command, o serveOptions) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	_, cfg, lang, err := a.settle(cmd, o.lintOptions)
	if err != nil {
		return withCode(exitError, err)
	}
	eng, err := o.engine(ctx, cfg, lang, true)
	if err != nil {
		return withCode(exitError, err)
	}
	lang = a.lang
	var rules []engine.Rule
	for _, r := range eng.Rules() {
		if eng.Enabled(r.ID) {
			rules = append(rules, r)
		}
	}
	srv := server.New(server.Options{
		Engine: eng, Lang: lang, Version: nianbaoVersion(), Rules: rules,
		MaxFileBytes: int64(o.maxFileMB) << 20, MaxRequestBytes: int64(o.maxFileMB*o.maxFiles+1) << 20,
		MaxFiles: o.maxFiles, Workers: o.workers, Timeout: o.reqTime,
	})
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return withCode(exitError, l10n.Wrap(err, "listen on %s", o.addr))
	}
	hs := srv.HTTPServer(o.addr)
	url := "http://" + ln.Addr().String() + "/"
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
		fmt.Fprintln(a.stderr, msgIn(lang,
			"nianbao: warning: listening beyond this machine ("+ln.Addr().String()+"): anyone who can reach it can upload reports",
			"nianbao：注意：正在监听本机以外的地址（"+ln.Addr().String()+"），能访问该地址的人都可以上传报告"))
	}
	fmt.Fprintln(a.stdout, msgIn(lang, "nianbao serve: "+url+" (Ctrl-C stops it)", "nianbao serve：请在浏览器中打开 "+url+"（按 Ctrl-C 停止）"))
	if o.open {
		openBrowser(url)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return withCode(exitError, err)
		}
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return withCode(exitError, err)
	}
	return nil
}

// msgIn picks the words of a message in lang.
func msgIn(lang, en, zh string) string {
	if lang == "en" {
		return en
	}
	return zh
}

// openBrowser opens url in the default browser, if it can.
func openBrowser(url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	_ = cmd.Start()
}
