// Package ofd extracts the text of an OFD report (GB/T 33190-2016, 电子文件
// 存储与交换格式 版式文档, the national fixed-layout format) as lines laid out
// like the page, as package pdf does for a PDF.
//
// An OFD is a zip archive: OFD.xml names the document (DocBody/DocRoot,
// Document.xml), Document.xml its pages (Pages/Page BaseLoc) and the
// templates they draw on (CommonData/TemplatePage), and each page's
// Content.xml holds its layers of objects. Text is in TextObjects: a
// Boundary ("x y w h", its origin on the page), a CTM mapping the object's
// space into the boundary's, a font Size, and TextCodes holding the
// characters with the position of the first (X, Y: its baseline) and the
// offsets of each next one (DeltaX, DeltaY, where "g n d" stands for n
// offsets d). Each character's position on the page is worked out from
// these, and package glyphs groups the characters of each page into lines
// and writes column gaps as spaces, as for a PDF; page numbers and running
// headers and footers are dropped. The text of a page's templates is read
// with the page's own. Positions are taken relative to the page's
// ApplicationBox (its PhysicalBox without one).
//
// The characters are those of the TextCodes, in Unicode: fonts are not
// read. Characters in the Private Use Area (the codes of a font without a
// Unicode mapping) are counted as undecodable and left out. Annotations,
// composite objects and the text of images (scans) are not read.
//
// # Limits
//
// The archive is opened with the limits of package docx against zip bombs
// (Limits: the number of entries, the sizes entries declare and hold) and
// the XML read within bounds of nesting, total bytes read, pages and
// characters. Errors wrap ErrDamaged (not a zip archive, no OFD.xml, a
// missing or malformed part), ErrEncrypted (an Encryptions.xml, the
// declaration of GM/T 0099 encryption, or an encrypted zip entry),
// ErrZipBomb, ErrTooLarge or ErrNoText.
package ofd

import (
	"archive/zip"
	"errors"
	"fmt"

	"github.com/nianbao/nianbao/parser/internal/safezip"
	"github.com/nianbao/nianbao/parser/layout"
)

// Errors that Extract wraps; each error's message starts with the one it
// wraps, so it reads as a reason on its own.
var (
	// ErrDamaged: the archive or a part it needs is missing, truncated or
	// not well-formed.
	ErrDamaged = errors.New("damaged OFD")
	// ErrEncrypted: the document is encrypted.
	ErrEncrypted = errors.New("encrypted OFD")
	// ErrZipBomb: the archive declares or holds more than the limits allow.
	ErrZipBomb = safezip.ErrZipBomb
	// ErrTooLarge: more pages, characters, bytes or nesting than the
	// limits allow.
	ErrTooLarge = errors.New("OFD too large or complex")
	// ErrNoText: no page has text: a scan, or an empty document.
	ErrNoText = errors.New("no readable text")
)

// Limits bound what Extract reads, so that malicious input costs bounded
// memory and time.
type Limits struct {
	// MaxEntries bounds the number of entries of the zip archive.
	MaxEntries int
	// MaxTotalSize bounds the sum of the uncompressed sizes the entries
	// declare.
	MaxTotalSize int64
	// MaxPartSize bounds the uncompressed size of one part read, declared
	// or actual.
	MaxPartSize int64
	// MaxReadBytes bounds the bytes of all parts read together, a part
	// counted each time it is read.
	MaxReadBytes int64
	// MaxDepth bounds the nesting of XML elements.
	MaxDepth int
	// MaxPages bounds the pages.
	MaxPages int
	// MaxGlyphs bounds the characters of all pages.
	MaxGlyphs int
}

// DefaultLimits returns the limits Extract applies: far above any real
// report, far below what would strain a machine.
func DefaultLimits() Limits {
	return Limits{
		MaxEntries:   20000,
		MaxTotalSize: 1 << 30,
		MaxPartSize:  64 << 20,
		MaxReadBytes: 128 << 20,
		MaxDepth:     256,
		MaxPages:     2000,
		MaxGlyphs:    1_000_000,
	}
}

func (l Limits) zip() safezip.Limits {
	return safezip.Limits{MaxEntries: l.MaxEntries, MaxTotalSize: l.MaxTotalSize}
}

// Entries at the root of an OFD package.
const (
	mainEntry       = "OFD.xml"
	encryptionEntry = "Encryptions.xml"
)

// IsOFD reports whether data is a zip archive whose root holds OFD.xml (or
// Encryptions.xml, which an encrypted OFD may have in its place).
func IsOFD(data []byte) bool {
	zr, err := safezip.Open(data, DefaultLimits().zip(), ErrDamaged)
	return err == nil && (safezip.Lookup(zr, mainEntry) != nil || safezip.Lookup(zr, encryptionEntry) != nil)
}

// Extract reads the OFD in data within DefaultLimits.
func Extract(data []byte) (*layout.Doc, error) {
	return ExtractLimits(data, DefaultLimits())
}

// ExtractLimits reads the OFD in data within lim. A panic while reading is
// turned into an ErrDamaged error.
func ExtractLimits(data []byte, lim Limits) (doc *layout.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			err = fmt.Errorf("%w: the file could not be read (%v)", ErrDamaged, r)
		}
	}()
	zr, err := safezip.Open(data, lim.zip(), ErrDamaged)
	if err != nil {
		return nil, err
	}
	if safezip.Lookup(zr, encryptionEntry) != nil {
		return nil, fmt.Errorf("%w: it cannot be opened without its key (%s)", ErrEncrypted, encryptionEntry)
	}
	r := &reader{zr: zr, lim: lim, templates: map[string]*pageContent{}}
	pages, err := r.readDocument()
	if err != nil {
		return nil, err
	}
	return buildDoc(pages)
}

// reader reads the parts of one package.
type reader struct {
	zr     *zip.Reader
	lim    Limits
	read   int64 // bytes of parts read so far
	glyphs int   // characters read so far
	// templates caches the template pages read, by their part's name.
	templates map[string]*pageContent
}
