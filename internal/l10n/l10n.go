// Package l10n gives nianbao's errors in the language of a run. An error
// made with New or Wrap keeps its English format as a key and its
// arguments; Text formats it, and every error it wraps, in Chinese or
// English from the catalog (golang.org/x/text/message), with plural forms
// in English. Errors of the operating system (a file that does not exist,
// a permission denied) are put in Chinese too; any other error keeps its
// own words.
package l10n

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	"github.com/hashicorp/go-multierror"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Error is an error whose message is given in the language of the run.
type Error struct {
	// Key is the message's English format (fmt verbs), the catalog key.
	Key string
	// Args are the format's arguments; an error among them is given in
	// the run's language too.
	Args []any
	// Err is the error this one wraps, nil for none: its text follows
	// Key's after a colon.
	Err error
}

// New returns an error with the message format (English, fmt verbs) and
// its arguments, translated by Text.
func New(format string, args ...any) error {
	return &Error{Key: format, Args: args}
}

// Wrap returns err preceded by the message format: "format: err". It
// returns nil when err is nil.
func Wrap(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return &Error{Key: format, Args: args, Err: err}
}

func (e *Error) Error() string { return e.text("en") }

// Unwrap returns the error e wraps, and the errors among its arguments,
// so that errors.Is and errors.As see them.
func (e *Error) Unwrap() []error {
	var errs []error
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			errs = append(errs, err)
		}
	}
	return errs
}

// Localize implements Localizer.
func (e *Error) Localize(lang string) string { return e.text(lang) }

func (e *Error) text(lang string) string {
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		if err, ok := a.(error); ok {
			a = Text(lang, err)
		}
		args[i] = a
	}
	s := Sprintf(lang, e.Key, args...)
	if e.Err != nil {
		s += Colon(lang) + Text(lang, e.Err)
	}
	return s
}

// Localizer is an error that can give its message in a language. Errors
// of other packages implement it to be translated by Text.
type Localizer interface {
	Localize(lang string) string
}

// Sprintf formats the message key in lang: the catalog's Chinese for
// "zh", its English (with plural forms) for "en".
func Sprintf(lang, key string, args ...any) string {
	return printer(lang).Sprintf(key, args...)
}

// Colon is the colon that joins a message to the error it wraps.
func Colon(lang string) string {
	if lang == "en" {
		return ": "
	}
	return "："
}

func printer(lang string) *message.Printer {
	tag := language.Chinese
	if lang == "en" {
		tag = language.English
	}
	return message.NewPrinter(tag, message.Catalog(messages))
}

// Text is err's message in lang ("zh" or "en"): an error made by New or
// Wrap, or another Localizer, in that language; a *multierror.Error or a
// joined error one line per error; an operating system error on a path
// in that language; any other error in its own words.
func Text(lang string, err error) string {
	if err == nil {
		return ""
	}
	// The error itself, not what it wraps: a wrapper's own words come
	// first, and each wrapper translates what it wraps.
	switch e := err.(type) { //nolint:errorlint // see above
	case Localizer:
		return e.Localize(lang)
	case *multierror.Error:
		return list(lang, e.Errors)
	case *fs.PathError:
		return pathError(lang, e)
	case interface{ Unwrap() []error }:
		return list(lang, e.Unwrap())
	}
	return err.Error()
}

// About is err's message in lang, said of the file at path: an operating
// system error on that very path is reduced to what is wrong ("文件或目录不存在",
// "no such file or directory"), since the path is named beside it.
func About(lang, path string, err error) string {
	if pe, ok := err.(*fs.PathError); ok && pe.Path == path { //nolint:errorlint // only an error on path itself
		if lang == "en" {
			return pe.Err.Error()
		}
		return osReason(pe.Err)
	}
	return Text(lang, err)
}

// On returns err said of the file at path ("path: err"), or err itself when
// it is an operating system error on that path, which names it already.
func On(path string, err error) error {
	if pe, ok := err.(*fs.PathError); ok && pe.Path == path { //nolint:errorlint // only an error on path itself
		return err
	}
	return Wrap(err, "%s", path)
}

// list gives several errors one per line, a single one as it is.
func list(lang string, errs []error) string {
	if len(errs) == 1 {
		return Text(lang, errs[0])
	}
	lines := make([]string, len(errs))
	for i, err := range errs {
		lines[i] = Text(lang, err)
	}
	return strings.Join(lines, "\n")
}

// pathError gives an operating system error on a path: in Chinese the
// path and what is wrong with it ("x.txt：文件或目录不存在"), in English
// as Go words it ("open x.txt: no such file or directory").
func pathError(lang string, e *fs.PathError) string {
	if lang == "en" {
		return e.Error()
	}
	return e.Path + Colon(lang) + osReason(e.Err)
}

// osReason is the Chinese for the common errors of the operating system.
func osReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "文件或目录不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有访问权限"
	case errors.Is(err, syscall.EISDIR):
		return "这是一个目录，不是文件"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一段不是目录"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "文件名过长"
	case errors.Is(err, syscall.ELOOP):
		return "符号链接层级过多"
	}
	return fmt.Sprint(err)
}
