package ofd

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/nianbao/nianbao/parser/glyphs"
	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// buildDoc lays out the pages' characters as lines of text.
func buildDoc(pages []*pageContent) (*layout.Doc, error) {
	doc := &layout.Doc{Format: report.FormatOFD, Encoding: "utf-8", Pages: len(pages)}
	laid := make([]glyphs.Page, len(pages))
	hasText := make([]bool, len(pages))
	textPages, imagePages, unmapped := 0, 0, 0
	for i, pc := range pages {
		b := pc.box
		gs := make([]glyphs.Glyph, 0, len(pc.glyphs))
		for _, g := range pc.glyphs {
			g.X0 -= b.x
			g.X1 -= b.x
			g.Y -= b.y
			// Drop what lies outside the page, and sizes no text has.
			if g.X1 < 0 || g.X0 > b.w || g.Y < 0 || g.Y-g.Size > b.h || g.Size < b.h/2000 || g.Size > b.h {
				continue
			}
			gs = append(gs, g)
			hasText[i] = hasText[i] || strings.TrimFunc(g.Text, unicode.IsSpace) != ""
		}
		laid[i] = glyphs.Page{Glyphs: gs, Width: b.w, Height: b.h}
		unmapped += pc.unmapped
		switch {
		case hasText[i]:
			textPages++
		case pc.images > 0:
			imagePages++
		}
	}
	if textPages == 0 {
		switch {
		case len(pages) == 0:
			return nil, fmt.Errorf("%w: the document has no pages", ErrNoText)
		case unmapped > 0:
			return nil, fmt.Errorf("%w: none of its %d characters has a Unicode value", ErrNoText, unmapped)
		case imagePages > 0:
			return nil, fmt.Errorf("%w: a scanned OFD without a text layer (%d of %d pages are images only); run OCR on it first", ErrNoText, imagePages, len(pages))
		}
		return nil, fmt.Errorf("%w: no page has any text", ErrNoText)
	}
	// A note on a page points at the start of its first line.
	glyphs.Write(doc, glyphs.Lay(laid), func(page, line int) {
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
		if !hasText[page-1] && pc.images > 0 {
			note(report.ReasonScannedPage, 0, fmt.Sprintf("page %d has no text layer (a scanned image): its content is not read", page))
		}
		if pc.unmapped > 0 {
			note(report.ReasonUndecodable, pc.unmapped, fmt.Sprintf("page %d: %d characters could not be decoded (codes of the Private Use Area, a font without a Unicode mapping)", page, pc.unmapped))
		}
	})
	return doc, nil
}
