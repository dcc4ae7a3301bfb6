// Package pdf extracts the text of a PDF report as lines laid out like the
// page: glyphs are read with their positions (pdfcpu reads the file's
// objects; this package interprets the content streams and fonts), grouped
// into lines top to bottom by package glyphs, and the gaps between them
// written as spaces — one space for a gap between words, two or more for a
// column gap, so that table cells stay apart. Page numbers and running
// headers and footers are dropped.
//
// # Fonts
//
// A glyph's text comes from its font's ToUnicode CMap, read as pdftotext
// reads it (see cmap): for a simple font (TrueType, Type1, Type3), whose
// codes are one byte, as for a composite one. This is what makes the
// subset fonts of LibreOffice and WPS readable: their codes number the
// glyphs of the subset (1, 2, 3, … for the first characters used), and
// their encoding, WinAnsi or a /Differences array of made-up glyph names,
// says nothing about the characters. The encoding gives the text of a code
// only when the font has no ToUnicode CMap or its CMap leaves the code out;
// a composite font without one is read through its predefined CMap or the
// cmap table of its embedded TrueType program.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nianbao/nianbao/parser/glyphs"
	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// Limits bound the work Extract does, so that a hostile file cannot
// exhaust memory or time.
type Limits struct {
	// MaxPages is the largest number of pages read.
	MaxPages int
	// MaxObjects bounds the objects of the cross-reference table.
	MaxObjects int
	// MaxStreamBytes bounds one decompressed stream.
	MaxStreamBytes int64
	// MaxDecodedBytes bounds all decompressed streams together.
	MaxDecodedBytes int64
	// MaxOperators bounds the content-stream operators run.
	MaxOperators int64
	// MaxGlyphs bounds the glyphs shown.
	MaxGlyphs int64
	// ReadFactor bounds the bytes read from the file to this multiple of
	// its size (plus 1 MB).
	ReadFactor int64
	// Timeout bounds the time spent; zero means no bound.
	Timeout time.Duration
}

// DefaultLimits are generous for any real report: a few hundred pages of
// text.
func DefaultLimits() Limits {
	return Limits{
		MaxPages:        2000,
		MaxObjects:      1 << 20,
		MaxStreamBytes:  16 << 20,
		MaxDecodedBytes: 128 << 20,
		MaxOperators:    20_000_000,
		MaxGlyphs:       1_000_000,
		ReadFactor:      32,
		Timeout:         2 * time.Minute,
	}
}

func (l Limits) readBudget(size int) int64 { return l.ReadFactor*int64(size) + 1<<20 }

func isLimit(err error) bool { return errors.Is(err, ErrTooComplex) }

// Extract reads the text of a PDF with the default limits.
func Extract(data []byte) (*layout.Doc, error) {
	return ExtractWithLimits(context.Background(), data, DefaultLimits())
}

// ExtractWithLimits reads the text of a PDF within lim. Errors wrap
// ErrEncrypted, ErrNoText, ErrDamaged or ErrTooComplex; a panic in the
// PDF library is turned into an ErrDamaged error.
func ExtractWithLimits(ctx context.Context, data []byte, lim Limits) (doc *layout.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			err = fmt.Errorf("%w: the file could not be read (%v)", ErrDamaged, r)
		}
	}()
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	d, err := openDocument(ctx, data, lim)
	if err != nil {
		return nil, err
	}
	pages := make([]*pageContent, d.pages)
	for n := 1; n <= d.pages; n++ {
		if err := d.checkContext(); err != nil {
			return nil, err
		}
		pc, err := d.readPage(n)
		if err != nil {
			if isLimit(err) {
				return nil, err
			}
			d.damaged(fmt.Sprintf("page %d", n), nil, err)
			pc = &pageContent{}
		}
		pages[n-1] = pc
	}
	if len(d.damage) > 0 {
		return nil, fmt.Errorf("%w: objects its text needs are missing or corrupt: %s", ErrDamaged, strings.Join(d.damage, "; "))
	}
	return buildDoc(pages)
}

// buildDoc lays out the pages' glyphs as lines of text.
func buildDoc(pages []*pageContent) (*layout.Doc, error) {
	// A PDF's text has no character encoding of its own: fonts map glyphs
	// to characters.
	doc := &layout.Doc{Format: report.FormatPDF, Pages: len(pages)}
	gpages := make([]glyphs.Page, len(pages))
	textPages, imagePages, unmapped := 0, 0, 0
	for i, pc := range pages {
		gpages[i] = glyphs.Page{Glyphs: pc.glyphs, Width: pc.width, Height: pc.height}
		unmapped += pc.unmapped
		if len(pc.glyphs) > 0 {
			textPages++
		} else if pc.images > 0 {
			imagePages++
		}
	}
	if textPages == 0 {
		switch {
		case unmapped > 0:
			return nil, fmt.Errorf("%w: its fonts map none of its %d glyphs to characters", ErrNoText, unmapped)
		case imagePages > 0:
			return nil, fmt.Errorf("%w: a scanned PDF without a text layer (%d of %d pages are images only); run OCR on it first", ErrNoText, imagePages, len(pages))
		}
		return nil, fmt.Errorf("%w: no page has any text", ErrNoText)
	}
	// A note on a page points at the start of its first line.
	glyphs.Write(doc, glyphs.Lay(gpages), func(page, line int) {
		pc := pages[page-1]
		note := func(reason string, count int, msg string) {
			doc.Notes = append(doc.Notes, report.Note{
				Code:    report.NoteUnreadable,
				Reason:  reason,
				Count:   count,
				Message: msg,
				Loc:     report.Loc{Line: line, Column: 1, EndLine: line, EndColumn: 1, Page: page},
			})
		}
		if len(pc.glyphs) == 0 && pc.images > 0 {
			note(report.ReasonScannedPage, 0, fmt.Sprintf("page %d has no text layer (a scanned image): its content is not read", page))
		}
		if pc.unmapped > 0 {
			note(report.ReasonUndecodable, pc.unmapped, fmt.Sprintf("page %d: %d characters could not be decoded (a font without a Unicode mapping)", page, pc.unmapped))
		}
	})
	return doc, nil
}
