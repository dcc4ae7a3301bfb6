// Package safezip opens the zip archives that reports come in — DOCX, OFD
// — within limits, so that a zip bomb, an archive of millions of entries or
// an entry that expands beyond what its header declares costs bounded
// memory and time. Errors name the archive's format: each function takes
// the errors of the format's package that a damaged archive or an encrypted
// entry wraps; a zip bomb wraps ErrZipBomb.
package safezip

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrZipBomb: the archive declares or holds more than the limits allow.
var ErrZipBomb = errors.New("zip bomb")

// Limits bound an archive.
type Limits struct {
	// MaxEntries bounds the number of entries.
	MaxEntries int
	// MaxTotalSize bounds the sum of the uncompressed sizes the entries
	// declare.
	MaxTotalSize int64
}

// centralDirSig starts every entry of a zip archive's central directory.
var centralDirSig = []byte("PK\x01\x02")

// Open opens data as a zip archive within lim; a damaged archive gives an
// error wrapping damaged. The entries are counted before the central
// directory is read, so that a directory of millions of entries is refused
// before it is loaded.
func Open(data []byte, lim Limits, damaged error) (*zip.Reader, error) {
	// Every entry's directory record starts with the signature, so the
	// count is an upper bound of the number of entries.
	if n := bytes.Count(data, centralDirSig); n > lim.MaxEntries {
		return nil, fmt.Errorf("%w: the archive has more than %d entries", ErrZipBomb, lim.MaxEntries)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%w: not a readable zip archive, truncated or corrupt (%w)", damaged, err)
	}
	limit := uint64(lim.MaxTotalSize)
	var total uint64
	for _, f := range zr.File {
		total += min(f.UncompressedSize64, limit+1) // cannot overflow
		if total > limit {
			return nil, fmt.Errorf("%w: the archive declares more than %s uncompressed", ErrZipBomb, Size(lim.MaxTotalSize))
		}
	}
	return zr, nil
}

// Lookup returns the entry named name (names compared case-insensitively,
// a leading slash ignored), or nil.
func Lookup(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(strings.TrimPrefix(f.Name, "/"), name) {
			return f
		}
	}
	return nil
}

// OpenEntry opens an entry for reading, refusing an encrypted entry (an
// error wrapping encrypted) and one that declares more than maxSize.
// archive/zip never reads an entry past the size it declares: more data
// than that is the mark of a zip bomb that understates its size, and
// reading fails with ErrZipBomb. An entry that cannot be opened gives an
// error wrapping damaged.
func OpenEntry(f *zip.File, maxSize int64, damaged, encrypted error) (io.ReadCloser, error) {
	if f.Flags&0x1 != 0 {
		return nil, fmt.Errorf("%w: %s is encrypted", encrypted, f.Name)
	}
	if f.UncompressedSize64 > uint64(maxSize) {
		return nil, fmt.Errorf("%w: %s declares %s uncompressed (the limit is %s)", ErrZipBomb, f.Name, Size(int64(min(f.UncompressedSize64, 1<<62))), Size(maxSize))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: cannot open %s: %w", damaged, f.Name, err)
	}
	return &entryReader{ReadCloser: rc, f: f}, nil
}

// entryReader reads an entry, telling a zip bomb from other damage.
type entryReader struct {
	io.ReadCloser
	f *zip.File
}

func (r *entryReader) Read(p []byte) (int, error) {
	n, err := r.ReadCloser.Read(p)
	if errors.Is(err, zip.ErrFormat) {
		err = fmt.Errorf("%w: %s expands beyond the %s its zip header declares", ErrZipBomb, r.f.Name, Size(int64(r.f.UncompressedSize64)))
	}
	return n, err
}

// Size formats a byte count for messages.
func Size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
