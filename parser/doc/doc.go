// Package doc extracts the lines of a Word 97–2003 report (.doc), and of a
// WPS 文字 report saved as .wps in the same binary format: the paragraphs and
// table rows of the main document, in reading order, laid out in lines
// exactly as parser/docx lays out a .docx, so that recognition and policies
// read a report the same whichever of the two it was saved as.
//
// # Reading
//
// The file is an OLE compound file (read with
// github.com/richardlehane/mscfb). The File Information Block at the start
// of its WordDocument stream ([MS-DOC] 2.5.1) says which table stream
// (0Table or 1Table) holds the piece table (the Clx), which maps the
// characters of the text to their bytes in the WordDocument stream: one
// byte per character (compressed, Latin-1 with the Windows-1252
// punctuation of [MS-DOC] 2.4.1) or UTF-16LE. Of the text only the main
// document is read (ccpText characters): not footnotes, headers and
// footers, comments or text boxes — as parser/docx reads only
// word/document.xml.
//
// The text is split into paragraphs at paragraph marks (\r), cell marks
// (0x07) and section marks (0x0C). A cell mark or section mark is one only
// when it ends a paragraph of the paragraph properties (PAPX, found
// through PlcBtePapx and its FKP pages, [MS-DOC] 2.9.186); a 0x0C inside a
// paragraph is a page break and a manual line break (0x0B) starts a new
// line, both in the same paragraph, as w:br does. A field keeps its result
// and loses its code (the characters between 0x13 and 0x14, or 0x15 when
// it has no result); a tab is a tab, a non-breaking hyphen a hyphen; other
// control characters (anchors of pictures, objects and footnotes, optional
// hyphens) are no text, nor is text deleted with tracked changes or a
// symbol drawn from a symbol font (sprmCFRMarkDel, sprmCSymbol in the
// character properties). Numbers that Word's list numbering draws are not
// in the text, as with .docx.
//
// # Tables
//
// The paragraph properties give each paragraph its table depth
// (sprmPFInTable, sprmPItap). At depth 1 a cell ends with a cell mark and
// a row with one more cell mark, the row mark (sprmPFTtp); a nested table's
// cells and rows end with paragraph marks carrying sprmPFInnerTableCell and
// sprmPFInnerTtp ([MS-DOC] 2.4.3). The row mark's sprmTDefTable gives the
// boundaries of the row's cells: the table's grid lines are those of all
// its rows (within 3 twips), so that a cell as wide as two of another row's
// spans two grid columns, as a w:gridSpan does. A cell that continues a
// vertical merge (TC80 fVertMerge without fVertRestart, or sprmTVertMerge)
// is a copy of the cell above, as a w:vMerge continuation is. From there
// units, lines, cells, copies and locations are those of parser/docx: see
// its documentation.
//
// # Limits
//
// Every offset and length read from the file is checked against the
// stream it points into; a stream is never taken larger than the file,
// nor more pieces, characters, lines or cells than Limits allow. A file
// that is not a compound file, or whose structures do not hold together,
// gives an error wrapping ErrDamaged; an encrypted one ErrEncrypted; Word
// 6.0/95 and the other legacy word processors' files ErrLegacy; a compound
// file of another program ErrNotWord.
package doc

import (
	"errors"
	"fmt"

	"github.com/nianbao/nianbao/parser/layout"
)

// Errors that Extract and Probe wrap; each error names the problem in words
// a user understands, after one of these.
var (
	// ErrDamaged: the compound file or the Word structures in it cannot be
	// read (truncated, corrupt).
	ErrDamaged = errors.New("damaged Word document")
	// ErrEncrypted: the document is encrypted or obfuscated with a
	// password.
	ErrEncrypted = errors.New("encrypted document")
	// ErrLegacy: a word processor's format older than Word 97, or not
	// Word-compatible (Word 6.0/95, an early WPS, Microsoft Works).
	ErrLegacy = errors.New("legacy word-processor format")
	// ErrNotWord: a compound file that is no word-processor document (an
	// Excel workbook, a PowerPoint presentation).
	ErrNotWord = errors.New("not a Word document")
	// ErrTooLarge: more pieces, characters, lines or table cells than the
	// limits allow.
	ErrTooLarge = errors.New("document too large")
)

// Limits bound what Extract reads, so that malicious input costs bounded
// memory and time.
type Limits struct {
	// MaxPieces bounds the entries of the piece table.
	MaxPieces int
	// MaxChars bounds the characters of the main document.
	MaxChars int
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
		MaxPieces: 1 << 20,
		MaxChars:  4 << 20,
		MaxLines:  200000,
		MaxCells:  1000000,
	}
}

// Extract reads the Word document in data within DefaultLimits.
func Extract(data []byte) (*layout.Doc, error) {
	return ExtractLimits(data, DefaultLimits())
}

// ExtractLimits reads the Word document in data within lim.
func ExtractLimits(data []byte, lim Limits) (*layout.Doc, error) {
	c, err := openCompound(data)
	if err != nil {
		return nil, err
	}
	if err := classify(c, ".doc"); err != nil {
		return nil, err
	}
	wd, err := c.read("WordDocument")
	if err != nil {
		return nil, err
	}
	f, err := parseFIB(wd)
	if err != nil {
		return nil, err
	}
	if f.encrypted {
		return nil, fmt.Errorf("%w: the Word document is encrypted or protected with a password (fEncrypted)", ErrEncrypted)
	}
	table, err := c.read(f.tableName())
	if err != nil {
		return nil, err
	}
	if table == nil {
		return nil, fmt.Errorf("%w: the document has no %s stream", ErrDamaged, f.tableName())
	}
	data, _ = c.read("Data") // optional: what it would hold is not text
	pieces, prcs, err := readPieces(f, wd, table, lim)
	if err != nil {
		return nil, err
	}
	if f.ccpText > uint32(lim.MaxChars) {
		return nil, fmt.Errorf("%w: more than %d characters", ErrTooLarge, lim.MaxChars)
	}
	fc, lcb := f.pair(pairPlcfBtePapx)
	papx, err := readPlcBte(table, fc, lcb, "paragraph properties (PlcBtePapx)")
	if err != nil {
		return nil, err
	}
	fc, lcb = f.pair(pairPlcfBteChpx)
	chpx, err := readPlcBte(table, fc, lcb, "character properties (PlcBteChpx)")
	if err != nil {
		return nil, err
	}
	r := &reader{wd: wd, data: data, lim: lim, papx: papx, pages: map[uint32]*papxPage{}, skip: readSkipRuns(wd, chpx), prcs: prcs}
	if err := r.walk(pieces, f.ccpText); err != nil {
		return nil, err
	}
	b := &builder{paras: r.paras, lim: lim}
	body, err := b.body()
	if err != nil {
		return nil, err
	}
	return render(body, "utf-16le"), nil
}

// Probe says whether data, an OLE compound file whose name ends in ext
// (".doc", ".wps", …), holds a Word document that Extract reads: nil when
// it has a WordDocument stream, else an error wrapping ErrDamaged,
// ErrEncrypted, ErrLegacy or ErrNotWord that says what the file is.
func Probe(data []byte, ext string) error {
	c, err := openCompound(data)
	if err != nil {
		return err
	}
	return classify(c, ext)
}

// classify says what a compound file without a Word document is.
func classify(c *compound, ext string) error {
	switch {
	case c.has("EncryptionInfo") || c.has("EncryptedPackage"):
		return fmt.Errorf("%w: an encrypted Office 2007 or later document (EncryptionInfo, EncryptedPackage): it cannot be opened without its password", ErrEncrypted)
	case c.has("WordDocument"):
		return nil
	case c.has("Workbook") || c.has("Book"):
		return fmt.Errorf("%w: it is an Excel 97–2003 workbook (.xls), not a report document", ErrNotWord)
	case c.has("PowerPoint Document"):
		return fmt.Errorf("%w: it is a PowerPoint 97–2003 presentation (.ppt), not a report document", ErrNotWord)
	case c.has("CONTENTS"):
		return fmt.Errorf("%w: a Microsoft Works word-processor document (a CONTENTS stream, no WordDocument stream), not a Word-compatible WPS one; save it as .docx", ErrLegacy)
	case ext == ".wps":
		return fmt.Errorf("%w: a WPS file without a Word-compatible WordDocument stream, as an early WPS version or another program wrote it (it holds %s); save it as .docx", ErrLegacy, c.listing())
	}
	return fmt.Errorf("%w: an OLE compound file without a WordDocument stream (it holds %s)", ErrNotWord, c.listing())
}
