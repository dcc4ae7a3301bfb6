package main

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// minProgressFiles is the least number of files a progress bar is shown
// for: a few files are linted before a bar would be seen.
const minProgressFiles = 20

// progress shows how far a lint run has come, on standard error when it
// is a terminal; elsewhere (a pipe, a CI log, tests) it shows nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

// progress returns the progress display of a run over n files: none when
// quiet, for a few files, or when standard error is not a terminal,
// unless forced (--progress: a CI log that shows it).
func (a *app) progress(n int, lang string, quiet, force bool) *progress {
	if quiet {
		return &progress{}
	}
	if force {
		return &progress{bar: newBar(a.stderr, n, lang)}
	}
	if n < minProgressFiles || !isTerminal(a.stderr) {
		return &progress{}
	}
	return &progress{bar: newBar(a.stderr, n, lang)}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func newBar(w io.Writer, n int, lang string) *progressbar.ProgressBar {
	desc, unit := "检查中", "个文件"
	if lang == "en" {
		desc, unit = "linting", "files"
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString(unit),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100_000_000), // at most ten redraws a second
		progressbar.OptionClearOnFinish(),
		progressbar.OptionFullWidth(),
	)
}

// done counts one file finished.
func (p *progress) done() {
	if p.bar != nil {
		_ = p.bar.Add(1)
	}
}

// finish clears the bar, so that the results are printed on a clean line.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
