// Package htmldoc extracts a report from a web page: the page is decoded
// (declared or detected GBK, GB18030 or UTF-8), tokenized, the article that
// holds the report is told apart from the site's navigation, header, footer
// and share widgets, and its text and tables are turned into lines.
//
// Locations are lines and columns (in code points) of the decoded HTML
// source: every character of a line stands where it was written, a
// character reference ("&nbsp;") where its '&' is. Block elements end
// lines; a data table gives one row line per <tr>, with rowspan and colspan
// expanded into a grid whose copies are marked Dup.
package htmldoc

import (
	"fmt"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/report"
)

// Extract reads the report in an HTML page. Errors are ErrNotText for data
// that is not text and ErrTooComplex for a page beyond the limits of any
// report page; a page without a report gives a document whose notes say so.
func Extract(data []byte) (*layout.Doc, error) {
	src, enc, err := decodePage(data)
	if err != nil {
		return nil, err
	}
	t, err := buildTree(src)
	if err != nil {
		return nil, err
	}
	doc := &layout.Doc{Format: report.FormatHTML, Encoding: enc, Text: src, NumLines: t.lines}
	page, short := t.render(0)
	art, found := t.article(page)
	var lines []outLine
	switch {
	case !found:
		lines = t.withoutChrome(page)
	case t.nodes[art].flags&flagBlock != 0:
		// A block element's lines are the page's lines that start in it.
		lines = within(page, art, t.nodes[art].end)
	default:
		lines, short = t.render(art)
	}
	lines = trimNoise(lines)
	if found {
		var titled bool
		lines, titled = articleTitle(lines)
		if !titled {
			if l, ok := t.pageTitle(page, art); ok {
				lines = append([]outLine{l}, lines...)
			}
		}
		var dl outLine
		var ok bool
		if lines, dl, ok = t.pageDate(lines, page, art); ok {
			if date, a, b, ok := isoDate(dl.Text.String()); ok {
				doc.PageDate = &report.Published{Date: date, Loc: doc.Loc(dl.Text, a, b)}
			}
		}
	} else {
		doc.Notes = append(doc.Notes, report.Note{Code: report.NoteUnreadable, Reason: report.ReasonNoArticle,
			Message: "no report found in the page (no section headings or tables of a report): the page was read without its header, footer and navigation"})
	}
	if short {
		doc.Notes = append(doc.Notes, report.Note{Code: report.NoteUnreadable, Reason: report.ReasonGridTooLarge, Count: maxGridCells,
			Message: fmt.Sprintf("tables too large: merged cells beyond %d grid cells were not expanded", maxGridCells)})
	}
	if t.flattened > 0 {
		doc.Notes = append(doc.Notes, report.Note{Code: report.NoteUnreadable, Reason: report.ReasonNestedTooDeep, Count: maxDepth,
			Message: fmt.Sprintf("HTML nested more than %d levels deep: %d deeper elements were read as flat text", maxDepth, t.flattened)})
	}
	doc.Lines = make([]layout.Line, len(lines))
	for k := range lines {
		doc.Lines[k] = lines[k].Line
	}
	return doc, nil
}

// within returns the lines whose text starts in the nodes [from, to].
func within(lines []outLine, from, to int32) []outLine {
	var out []outLine
	for _, l := range lines {
		if l.origin >= from && l.origin <= to {
			out = append(out, l)
		}
	}
	return out
}

// withoutChrome returns the lines that do not start in the page's header,
// footer or navigation.
func (t *tree) withoutChrome(lines []outLine) []outLine {
	chrome := make([]bool, len(t.nodes))
	for i := 1; i < len(t.nodes); i++ {
		chrome[i] = chrome[t.nodes[i].parent] || t.nodes[i].flags&flagChrome != 0
	}
	var out []outLine
	for _, l := range lines {
		if !chrome[l.origin] {
			out = append(out, l)
		}
	}
	return out
}
