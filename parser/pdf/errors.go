package pdf

import (
	"errors"
	"fmt"
)

// Errors that Extract wraps; test for them with errors.Is. Each error's
// message starts with the one it wraps, so it reads as a reason on its own:
// "encrypted PDF: it cannot be opened without a password".
var (
	// ErrEncrypted: the file is encrypted and cannot be opened with an
	// empty user password.
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrNoText: no page has text that can be read: a scanned document,
	// or fonts that map no glyph to a character.
	ErrNoText = errors.New("no readable text")
	// ErrDamaged: the file is truncated or corrupt.
	ErrDamaged = errors.New("damaged PDF")
	// ErrTooComplex: reading the file would exceed a limit of Limits.
	ErrTooComplex = errors.New("PDF too large or complex")
)

// limitError reports that a limit of Limits was reached.
func limitError(what string, limit int64) error {
	return fmt.Errorf("%w: more than %d %s", ErrTooComplex, limit, what)
}
