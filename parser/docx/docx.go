// Package docx extracts the lines of a Word (.docx) report: the paragraphs
// and table rows of word/document.xml, in reading order. It reads the
// archive with archive/zip and the XML as a stream with encoding/xml; it
// needs no styles, numbering or fonts, only the text.
//
// # Lines and paragraph numbers
//
// The extracted text (layout.Doc.Text) is made of units, in reading order:
//
//   - a paragraph (w:p) outside tables: in the body, in content controls
//     (w:sdt), in tracked insertions, in text boxes (w:txbxContent);
//   - a table row (w:tr): its cells joined by " | ", a cell's paragraphs
//     joined by a space.
//
// Units are numbered from 1 in reading order, and that number is the
// paragraph of every location in the unit (Doc.SetLineInfo(line, 0, n)).
// Each unit is one line, except that a manual line break (w:br, w:cr) inside
// a paragraph starts a new line of the same unit: the recogniser reads
// headings, dates and signatures line by line. An empty paragraph is an
// empty line. What is anchored inside a unit — the paragraphs of a text box,
// the rows of a nested table — follows that unit as units of its own, so a
// row's nested tables come right after the row. Doc.Paragraphs is the number
// of units. Text in runs (w:r/w:t) is joined as it stands, w:tab is a tab,
// w:noBreakHyphen a hyphen; deleted text (w:del, w:moveFrom), field codes
// and properties are not text. Of an mc:AlternateContent only the first
// choice is read, so a text box is not read twice. Numbers that Word's list
// numbering (w:numPr) draws are not in the text: a heading numbered that
// way reads without its number.
//
// Like the plain-text extractor, Doc.Text holds each line folded with
// layout.FoldString (one rune for one, so columns do not move), while the
// lines' Text keep the runes as written.
//
// # Tables
//
// Each row is a layout.Line with Row set and one Cell per grid column:
// a cell spanning columns (w:gridSpan) is followed by copies of itself, and
// a cell continuing a vertical merge (w:vMerge without "restart") or a
// legacy horizontal merge (w:hMerge) is a copy of the cell it continues
// (unless it holds text of its own, which is then read as it is). The
// copies have Dup set and the copied Text, located where the original is
// written; their At is where the Word cell that holds the grid column stands
// in the row's line. The text shows each Word cell once. Blank cells at the
// end of a row are left out of Cells (they pad rows, as in pipe text), and
// grid columns skipped by w:gridBefore have no cell.
//
// # Limits
//
// The archive and the XML are read within Limits: a zip bomb, an archive of
// too many entries, a document.xml that expands too far, XML nested too
// deeply or a document with too many lines or cells gives an error wrapping
// ErrZipBomb, ErrTooDeep or ErrTooLarge; an archive that is not a Word
// document gives ErrNotWord, a damaged one ErrDamaged, an encrypted entry
// ErrEncrypted.
package docx

import (
	"errors"

	"github.com/nianbao/nianbao/parser/internal/safezip"
	"github.com/nianbao/nianbao/parser/layout"
)

// Errors that Extract wraps; each error names the problem in words a user
// understands, after one of these.
var (
	// ErrDamaged: the archive or its XML cannot be read (truncated, corrupt,
	// not well-formed).
	ErrDamaged = errors.New("damaged DOCX")
	// ErrNotWord: a zip archive that is not a Word document.
	ErrNotWord = errors.New("not a Word document")
	// ErrZipBomb: the archive declares or holds more than the limits allow.
	ErrZipBomb = safezip.ErrZipBomb
	// ErrEncrypted: the document part is encrypted.
	ErrEncrypted = errors.New("encrypted DOCX")
	// ErrTooDeep: XML elements nested beyond Limits.MaxDepth.
	ErrTooDeep = errors.New("deeply nested XML")
	// ErrTooLarge: more lines or table cells than the limits allow.
	ErrTooLarge = errors.New("document too large")
)

// Limits bound what Extract reads, so that malicious input costs bounded
// memory and time.
type Limits struct {
	// MaxEntries bounds the number of entries of the zip archive.
	MaxEntries int
	// MaxTotalSize bounds the sum of the uncompressed sizes the entries
	// declare.
	MaxTotalSize int64
	// MaxPartSize bounds the uncompressed size of the document part,
	// declared or actual (_rels/.rels is read up to 1 MB).
	MaxPartSize int64
	// MaxDepth bounds the nesting of XML elements.
	MaxDepth int
	// MaxLines bounds the lines of extracted text.
	MaxLines int
	// MaxCells bounds the table cells, counted after merged cells are
	// expanded into the grid.
	MaxCells int
}

// DefaultLimits returns the limits Extract applies: far above any real
// report, far below what would strain a machine.
func DefaultLimits() Limits {
	return Limits{
		MaxEntries:   10000,
		MaxTotalSize: 1 << 30,
		MaxPartSize:  64 << 20,
		MaxDepth:     256,
		MaxLines:     200000,
		MaxCells:     1000000,
	}
}

// Extract reads the Word document in data within DefaultLimits.
func Extract(data []byte) (*layout.Doc, error) {
	return ExtractLimits(data, DefaultLimits())
}

// ExtractLimits reads the Word document in data within lim.
func ExtractLimits(data []byte, lim Limits) (*layout.Doc, error) {
	zr, err := openArchive(data, lim)
	if err != nil {
		return nil, err
	}
	f, err := mainPart(zr, lim)
	if err != nil {
		return nil, err
	}
	rc, err := openPart(f, lim)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	body, err := parseDocument(rc, f.Name, lim)
	if err != nil {
		return nil, err
	}
	return render(body), nil
}
