// Package decode detects the character encoding of a report and decodes it
// to UTF-8: UTF-8 with or without BOM, UTF-16 with BOM (or, without one,
// when its NUL bytes give it away), GBK and GB18030.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names as they appear in source.encoding.
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GBK     = "gbk"
	GB18030 = "gb18030"
)

// ErrBinary is returned for data that is not text in any supported
// encoding.
var ErrBinary = errors.New("not text: binary data or an unsupported encoding")

// Result is decoded text.
type Result struct {
	Text     string
	Encoding string
	// BOM is true when the data started with a byte order mark.
	BOM bool
	// Replaced counts invalid byte sequences replaced by U+FFFD.
	Replaced int
}

// maxReplacedRatio is the share of undecodable sequences above which data
// is taken for binary rather than damaged text.
const maxReplacedRatio = 0.01

// Bytes detects the encoding of data and decodes it.
func Bytes(data []byte) (Result, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		r := utf8Result(data[3:])
		r.BOM = true
		return r, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), UTF16LE, true)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), UTF16BE, true)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if enc, name, ok := sniffUTF16(data); ok {
			return decodeWith(data, enc, name, false)
		}
		return Result{}, ErrBinary
	}
	if controlRatio(data) > 0.05 {
		return Result{}, ErrBinary
	}
	if utf8.Valid(data) {
		return Result{Text: string(data), Encoding: UTF8}, nil
	}
	if r, err := decodeWith(data, simplifiedchinese.GB18030, GB18030, false); err == nil {
		// GBK is the part of GB18030 without four-byte sequences: name it
		// when the text fits in it.
		if _, err := simplifiedchinese.GBK.NewEncoder().String(r.Text); err == nil && r.Replaced == 0 {
			r.Encoding = GBK
		}
		return r, nil
	}
	if r := utf8Result(data); r.Replaced <= int(maxReplacedRatio*float64(utf8.RuneCountInString(r.Text))) {
		return r, nil
	}
	return Result{}, ErrBinary
}

// utf8Result returns data as UTF-8, invalid sequences replaced.
func utf8Result(data []byte) Result {
	if utf8.Valid(data) {
		return Result{Text: string(data), Encoding: UTF8}
	}
	var b bytes.Buffer
	b.Grow(len(data))
	n := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			n++
		}
		b.WriteRune(r)
		data = data[size:]
	}
	return Result{Text: b.String(), Encoding: UTF8, Replaced: n}
}

// With decodes data, which has no byte order mark, in the encoding enc
// named name (a charset a file declares), and fails with ErrBinary, as
// Bytes does, when too much of it does not decode.
func With(data []byte, enc encoding.Encoding, name string) (Result, error) {
	return decodeWith(data, enc, name, false)
}

// decodeWith decodes data with enc and fails when too much of it does not
// decode.
func decodeWith(data []byte, enc encoding.Encoding, name string, bom bool) (Result, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return Result{}, fmt.Errorf("decode %s: %w", name, err)
	}
	if bom {
		out = bytes.TrimPrefix(out, []byte{0xEF, 0xBB, 0xBF})
	}
	total, bad := 0, 0
	for _, r := range string(out) {
		total++
		if r == utf8.RuneError {
			bad++
		}
	}
	if float64(bad) > maxReplacedRatio*float64(total) {
		return Result{}, fmt.Errorf("%w (%d of %d characters do not decode as %s)", ErrBinary, bad, total, name)
	}
	return Result{Text: string(out), Encoding: name, BOM: bom, Replaced: bad}, nil
}

// sniffUTF16 recognises BOM-less UTF-16 by where its NUL bytes fall: the
// ASCII characters of a report (digits, line breaks, punctuation) have a
// zero high byte.
func sniffUTF16(data []byte) (encoding.Encoding, string, bool) {
	if len(data)%2 != 0 {
		return nil, "", false
	}
	var even, odd int
	for i, c := range data {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(data) / 2
	switch {
	case odd > half/10 && even < odd/4:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), UTF16LE, true
	case even > half/10 && odd < even/4:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), UTF16BE, true
	}
	return nil, "", false
}

// controlRatio returns the share of bytes that are control characters
// other than the white space of text files.
func controlRatio(data []byte) float64 {
	if len(data) == 0 {
		return 0
	}
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1A || c == 0x7F {
			n++
		}
	}
	return float64(n) / float64(len(data))
}
