// Package parser turns a report file (plain text, HTML, DOCX, DOC, PDF or OFD) into
// the report document: decode → extract lines and table grids with
// positions → recognise. Parsers describe what the report says; they never
// decide what is wrong with it.
package parser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/parser/decode"
	"github.com/nianbao/nianbao/parser/doc"
	"github.com/nianbao/nianbao/parser/docx"
	"github.com/nianbao/nianbao/parser/htmldoc"
	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/parser/ofd"
	"github.com/nianbao/nianbao/parser/pdf"
	"github.com/nianbao/nianbao/parser/plaintext"
	"github.com/nianbao/nianbao/report"
)

// DefaultMaxBytes is the largest input read by default.
const DefaultMaxBytes = 64 << 20

// InputError says why a file cannot be read as a report: it is binary, of an
// unsupported kind, damaged, encrypted or too large. Linting reports it as a
// diagnostic on the file rather than failing the run.
type InputError struct {
	Path   string
	Format string
	// Kind classifies the problem (KindBinary, KindEncrypted, …), so that
	// it can be said in the user's language; Reason gives the details.
	Kind   string
	Reason string
	Err    error
}

// Kinds of input errors.
const (
	KindBinary      = "binary"      // not text in any supported encoding
	KindTooLarge    = "too-large"   // over the size limit, or too complex to read safely
	KindLegacyWord  = "legacy-word" // Word 6.0/95, an early WPS, Works: not Word 97 or later
	KindNotDOCX     = "not-docx"    // named .docx but not a zip, or a zip that is not a Word document
	KindNotPDF      = "not-pdf"     // named .pdf but not a PDF
	KindDamaged     = "damaged"     // truncated or corrupt
	KindEncrypted   = "encrypted"   // cannot be opened without a password
	KindNoText      = "no-text"     // a scanned PDF without a text layer
	KindZipBomb     = "zip-bomb"    // expands far beyond its declared or allowed size
	KindUnsupported = "unsupported" // a format nianbao does not read
)

// kindOf classifies an extractor's error.
func kindOf(err error) string {
	switch {
	case errors.Is(err, doc.ErrEncrypted):
		return KindEncrypted
	case errors.Is(err, doc.ErrLegacy):
		return KindLegacyWord
	case errors.Is(err, doc.ErrNotWord):
		return KindUnsupported
	case errors.Is(err, doc.ErrTooLarge):
		return KindTooLarge
	case errors.Is(err, pdf.ErrEncrypted), errors.Is(err, docx.ErrEncrypted), errors.Is(err, ofd.ErrEncrypted):
		return KindEncrypted
	case errors.Is(err, pdf.ErrNoText), errors.Is(err, ofd.ErrNoText):
		return KindNoText
	case errors.Is(err, docx.ErrZipBomb):
		return KindZipBomb
	case errors.Is(err, docx.ErrNotWord):
		return KindNotDOCX
	case errors.Is(err, pdf.ErrTooComplex), errors.Is(err, htmldoc.ErrTooComplex), errors.Is(err, docx.ErrTooLarge), errors.Is(err, docx.ErrTooDeep), errors.Is(err, ofd.ErrTooLarge):
		return KindTooLarge
	case errors.Is(err, htmldoc.ErrNotText), errors.Is(err, decode.ErrBinary):
		return KindBinary
	}
	return KindDamaged
}

func (e *InputError) Error() string {
	if e.Path == "" {
		return e.Reason
	}
	return e.Path + ": " + e.Reason
}

func (e *InputError) Unwrap() error { return e.Err }

// KindWords say what each kind of input error is, in English: the key of
// its Chinese in internal/l10n. (Policies word them in their own METADATA
// reasons, which start from the same words.)
var KindWords = map[string]string{
	KindBinary:      "the file is not text, or in an unknown encoding",
	KindTooLarge:    "the file is too large or too complex",
	KindLegacyWord:  "this is an old Word or WPS format that cannot be read; save it as .docx",
	KindNotDOCX:     "the file is named .docx but is not a Word document",
	KindNotPDF:      "the file is named .pdf but is not a PDF",
	KindDamaged:     "the file is damaged or truncated",
	KindEncrypted:   "the file is encrypted and cannot be opened without a password",
	KindNoText:      "the PDF has no text layer (a scan?); provide one with selectable text",
	KindZipBomb:     "its compressed content expands far beyond its declared or allowed size (a zip bomb?)",
	KindUnsupported: "the format is not supported",
}

// Localize gives the error in lang: in English with the details, in
// Chinese what kind of problem it is.
func (e *InputError) Localize(lang string) string {
	words, ok := KindWords[e.Kind]
	if lang == "en" || !ok {
		return e.Error()
	}
	s := l10n.Sprintf(lang, words)
	if e.Path == "" {
		return s
	}
	return e.Path + l10n.Colon(lang) + s
}

// Parse reads the report in data; path names it in the document and in
// errors.
func Parse(path string, data []byte) (*report.Document, error) {
	d, err := Extract(path, data)
	if err != nil {
		return nil, err
	}
	doc := Recognize(d)
	doc.Source.Path = path
	sum := sha256.Sum256(data)
	doc.Source.SHA256 = hex.EncodeToString(sum[:])
	return doc, nil
}

// Extract detects the format of data and extracts its lines.
func Extract(path string, data []byte) (*layout.Doc, error) {
	if len(data) > DefaultMaxBytes {
		return nil, &InputError{Path: path, Kind: KindTooLarge, Reason: fmt.Sprintf("file too large: %d MB (the limit is %d MB)", len(data)>>20, DefaultMaxBytes>>20)}
	}
	format, err := Sniff(path, data)
	if err != nil {
		return nil, err
	}
	switch format {
	case report.FormatText:
		res, err := decode.Bytes(data)
		if err != nil {
			return nil, &InputError{Path: path, Format: format, Kind: KindBinary, Reason: "not a text file: binary data or an unknown encoding", Err: err}
		}
		return plaintext.Extract(res.Text, res.Encoding), nil
	case report.FormatDOCX:
		d, err := docx.Extract(data)
		if err != nil {
			return nil, &InputError{Path: path, Format: format, Kind: kindOf(err), Reason: err.Error(), Err: err}
		}
		return d, nil
	case report.FormatDOC:
		d, err := doc.Extract(data)
		if err != nil {
			return nil, &InputError{Path: path, Format: format, Kind: kindOf(err), Reason: err.Error(), Err: err}
		}
		return d, nil
	case report.FormatPDF:
		d, err := pdf.Extract(data)
		if err != nil {
			return nil, &InputError{Path: path, Format: format, Kind: kindOf(err), Reason: err.Error(), Err: err}
		}
		return d, nil
	case report.FormatOFD:
		d, err := ofd.Extract(data)
		if err != nil {
			return nil, &InputError{Path: path, Format: format, Kind: kindOf(err), Reason: err.Error(), Err: err}
		}
		return d, nil
	case report.FormatHTML:
		d, err := htmldoc.Extract(data)
		if err != nil {
			return nil, &InputError{Path: path, Format: format, Kind: kindOf(err), Reason: "unreadable HTML page: " + err.Error(), Err: err}
		}
		return d, nil
	}
	return nil, &InputError{Path: path, Format: format, Kind: KindUnsupported, Reason: format + " input is not supported"}
}

var (
	pdfMagic = []byte("%PDF-")
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// Sniff returns the format of data, judged by its content first and its
// name second: a .txt that holds HTML is HTML, a .docx that is not a zip
// archive is an error.
func Sniff(path string, data []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(path))
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.Contains(head, pdfMagic):
		return report.FormatPDF, nil
	case bytes.HasPrefix(data, zipMagic) && (ext == ".ofd" || ofd.IsOFD(data)):
		return report.FormatOFD, nil
	case bytes.HasPrefix(data, zipMagic):
		return report.FormatDOCX, nil
	case bytes.HasPrefix(data, oleMagic):
		// Word 97–2003 and WPS 文字 write OLE compound files; a .doc that
		// is not one is told by Extract.
		if err := doc.Probe(data, ext); err != nil && ext != ".doc" {
			return "", &InputError{Path: path, Kind: kindOf(err), Reason: err.Error(), Err: err}
		}
		return report.FormatDOC, nil
	case ext == ".docx":
		return "", &InputError{Path: path, Format: report.FormatDOCX, Kind: KindNotDOCX, Reason: "not a DOCX file: it is not a zip archive"}
	case ext == ".pdf":
		return "", &InputError{Path: path, Format: report.FormatPDF, Kind: KindNotPDF, Reason: "not a PDF file: no %PDF- header"}
	case ext == ".ofd":
		return "", &InputError{Path: path, Format: report.FormatOFD, Kind: KindDamaged, Reason: "not an OFD file: it is not a zip archive"}
	case ext == ".html" || ext == ".htm" || looksLikeHTML(data):
		return report.FormatHTML, nil
	}
	return report.FormatText, nil
}

var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta "), []byte("<table"), []byte("<div"), []byte("<p>"), []byte("<p "), []byte("<br"),
}

// looksLikeHTML reports whether the start of data is HTML markup: it begins
// with a tag, and a tag that only HTML has appears early.
func looksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.ToLower(head)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	if !bytes.HasPrefix(trimmed, []byte("<")) {
		return false
	}
	for _, m := range htmlMarkers {
		if bytes.Contains(head, m) {
			return true
		}
	}
	return false
}

// IsInputError reports whether err is a problem with the input file rather
// than with nianbao or the system.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}
