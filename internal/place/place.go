// Package place says where in a report a location stands in the report's
// own terms — a table's row and column, a section, a sentence — rather
// than by line and column, which move when a line is added above. The
// review page marks each diagnostic on the element of the report that
// holds it, and the engine fingerprints each diagnostic by that element,
// so that a baseline recognises a finding in next year's run: both find
// the element here.
package place

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/nianbao/nianbao/report"
)

// Kinds of places.
const (
	// Elements of the report.
	KindCell       = "cell"       // a table cell: Table, Row, Column
	KindLabel      = "label"      // a table row's label: Table, Row
	KindTable      = "table"      // the start of a table: Table
	KindHeading    = "heading"    // a section heading: Section
	KindSubheading = "subheading" // a subsection heading: Section, Hash
	KindSentence   = "sentence"   // a sentence: Section ("" before the first), Hash
	KindTitle      = "title"      // the title line

	// Places between elements, for something missing.
	KindSection = "section" // in a section, on none of its elements: Section
	KindBefore  = "before"  // between sections, before this one: Section
	KindStart   = "start"   // the start of the report
	KindEnd     = "end"     // the end of the report
)

// Place is where a diagnostic stands in a report. Table, Row, Column and
// Section are the document's keys (report.Tables, report.SectionKeys);
// table 四's Row is the group (reconsideration, litigation_direct,
// litigation_after_review).
type Place struct {
	Kind    string `json:"kind"`
	Table   string `json:"table,omitempty"`
	Row     string `json:"row,omitempty"`
	Column  string `json:"column,omitempty"`
	Section string `json:"section,omitempty"`
	// Hash is a short hash of a sentence's or subsection heading's text,
	// white space left out and full-width forms folded.
	Hash string `json:"hash,omitempty"`
	// Text is the beginning of that text, for a reader.
	Text string `json:"text,omitempty"`
}

// Key is the place as one string, for a fingerprint: it names the
// element by its keys, never by its line.
func (p Place) Key() string {
	parts := []string{p.Kind}
	for _, s := range []string{p.Table, p.Row, p.Column, p.Section, p.Hash} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ":")
}

// Element is an element of a report that a location can fall on.
type Element struct {
	// Place is the element's place, without its text's hash.
	Place Place
	Loc   report.Loc
	// text is a sentence's or subsection heading's text.
	text string
}

// Resolve returns the element's place, with the hash and the beginning
// of its text for a sentence or subsection heading.
func (e Element) Resolve() Place {
	p := e.Place
	if p.Kind == KindSentence || p.Kind == KindSubheading {
		p.Hash = Hash(e.text)
		p.Text = Beginning(e.text, textRunes)
	}
	return p
}

// textRunes is how much of a text a place keeps for a reader.
const textRunes = 20

// Cell is a table cell's element.
func Cell(table, row, column string, c report.Cell) Element {
	return Element{Place: Place{Kind: KindCell, Table: table, Row: row, Column: column}, Loc: c.Loc}
}

// Label is a table row label's element.
func Label(table, row string, l report.Label) Element {
	return Element{Place: Place{Kind: KindLabel, Table: table, Row: row}, Loc: l.Loc}
}

// Table is the element of a table's start.
func Table(table string, loc report.Loc) Element {
	return Element{Place: Place{Kind: KindTable, Table: table}, Loc: loc}
}

// Heading is a section heading's element.
func Heading(s report.Section) Element {
	return Element{Place: Place{Kind: KindHeading, Section: s.Key}, Loc: s.Loc}
}

// Subheading is the element of a subsection heading of section s.
func Subheading(s report.Section, sub report.Subsection) Element {
	return Element{Place: Place{Kind: KindSubheading, Section: s.Key}, Loc: sub.Loc, text: sub.Heading}
}

// Sentence is a sentence's element.
func Sentence(s report.Sentence) Element {
	return Element{Place: Place{Kind: KindSentence, Section: s.Section}, Loc: s.Loc, text: s.Text}
}

// Title is the title line's element.
func Title(t report.Title) Element {
	return Element{Place: Place{Kind: KindTitle}, Loc: t.Loc}
}

// Elements lists the elements of doc that a location can fall on,
// innermost first: the cells of tables 二, 三 and 四 and of the fee table
// (by row, each row's label after its cells; rows and columns in the
// template's order), section and subsection headings, the tables' starts,
// the sentences and the title. Where two elements hold a location (the
// cells of one merged cell), the first is its element.
func Elements(doc *report.Document) []Element {
	if doc == nil {
		return nil
	}
	var out []Element
	t := doc.Tables
	rowTable := func(name string, tb *report.Table, rows, cols []Term) {
		present := map[string]bool{}
		for _, cells := range tb.Rows {
			for k := range cells {
				present[k] = true
			}
		}
		colKeys := Ordered(present, cols)
		for _, rk := range Ordered(tb.Rows, rows) {
			for _, ck := range colKeys {
				if c, ok := tb.Rows[rk][ck]; ok {
					out = append(out, Cell(name, rk, ck, c))
				}
			}
			if l, ok := tb.RowLabels[rk]; ok {
				out = append(out, Label(name, rk, l))
			}
		}
	}
	if t.Active != nil {
		rowTable(TableActive, t.Active, ActiveRows, ActiveCols)
	}
	if t.Applications != nil {
		rowTable(TableApplications, t.Applications, ApplicationRows, ApplicationCols)
	}
	if t.Review != nil {
		for _, g := range ReviewGroups {
			cells := ReviewGroup(t.Review, g.Key)
			for _, k := range Ordered(cells, ReviewCols) {
				out = append(out, Cell(TableReview, g.Key, k, cells[k]))
			}
		}
	}
	if t.ProcessingFees != nil {
		for _, k := range Ordered(t.ProcessingFees.Cells, nil) {
			out = append(out, Cell(TableFees, "", k, t.ProcessingFees.Cells[k]))
		}
	}
	for _, s := range doc.Sections {
		out = append(out, Heading(s))
		for _, sub := range s.Subsections {
			out = append(out, Subheading(s, sub))
		}
	}
	for _, tb := range []struct {
		name string
		loc  *report.Loc
	}{{TableActive, tableLoc(t.Active)}, {TableApplications, tableLoc(t.Applications)}, {TableReview, reviewLoc(t.Review)}, {TableFees, feesLoc(t.ProcessingFees)}} {
		if tb.loc != nil {
			out = append(out, Table(tb.name, *tb.loc))
		}
	}
	for _, s := range doc.Sentences {
		out = append(out, Sentence(s))
	}
	if doc.Title != nil {
		out = append(out, Title(*doc.Title))
	}
	return out
}

func tableLoc(t *report.Table) *report.Loc {
	if t == nil {
		return nil
	}
	return &t.Loc
}

func reviewLoc(t *report.ReviewTable) *report.Loc {
	if t == nil {
		return nil
	}
	return &t.Loc
}

func feesLoc(t *report.FeeTable) *report.Loc {
	if t == nil {
		return nil
	}
	return &t.Loc
}

// ReviewGroup returns the cells of one group of table 四.
func ReviewGroup(t *report.ReviewTable, group string) map[string]report.Cell {
	switch group {
	case "reconsideration":
		return t.Reconsideration
	case "litigation_direct":
		return t.LitigationDirect
	case "litigation_after_review":
		return t.LitigationAfterReview
	}
	return nil
}

// At returns the first of elems whose span holds p.
func At(elems []Element, p report.Loc) (Element, bool) {
	for _, e := range elems {
		if Holds(e.Loc, p) {
			return e, true
		}
	}
	return Element{}, false
}

// Missing reports whether a rule is about something absent (its name
// says "missing"): its place is where that thing belongs, not the
// element it points at.
func Missing(rule string) bool {
	_, name, _ := strings.Cut(rule, "/")
	return strings.Contains(name, "missing")
}

// Of returns the place in doc of a diagnostic of rule at p (elems are
// doc's Elements): the element that holds p, unless the rule is about
// something missing; else, and for a location on no element, where p
// stands between them: the start or the end of the report, in a
// section, or before one. Without a document, the start.
func Of(doc *report.Document, elems []Element, rule string, p report.Loc) Place {
	if doc == nil {
		return Place{Kind: KindStart}
	}
	if !Missing(rule) {
		if e, ok := At(elems, p); ok {
			return e.Resolve()
		}
	}
	first := true
	for _, e := range elems {
		if !e.Loc.IsZero() && Before(e.Loc, p) {
			first = false
			break
		}
	}
	switch {
	case first:
		return Place{Kind: KindStart}
	case !doc.End.IsZero() && !Before(p, doc.End):
		return Place{Kind: KindEnd}
	}
	var next *report.Section
	for i, s := range doc.Sections {
		if InSection(s, p) {
			return Place{Kind: KindSection, Section: s.Key}
		}
		if !Before(s.Loc, p) && (next == nil || Before(s.Loc, next.Loc)) {
			next = &doc.Sections[i]
		}
	}
	if next != nil {
		return Place{Kind: KindBefore, Section: next.Key}
	}
	return Place{Kind: KindEnd}
}

// Before reports whether a starts before b.
func Before(a, b report.Loc) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
}

// Holds reports whether the span of l holds the point p: a location
// without an end holds only its start.
func Holds(l report.Loc, p report.Loc) bool {
	if l.IsZero() || Before(p, l) {
		return false
	}
	end := report.Loc{Line: l.EndLine, Column: l.EndColumn}
	if end.Line == 0 {
		return p.Line == l.Line && p.Column == l.Column
	}
	return Before(p, end) || p.Line == l.Line && p.Column == l.Column
}

// InSection reports whether p lies in section s after its heading's
// start and not after its end: a point at the heading belongs before it.
func InSection(s report.Section, p report.Loc) bool {
	end := report.Loc{Line: s.End.Line, Column: s.End.Column}
	return !s.End.IsZero() && Before(s.Loc, p) && !Before(end, p)
}

// Hash is a short hash of a text, white space left out and full-width
// forms folded, so that the same words hash alike however they are laid
// out.
func Hash(text string) string {
	norm := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, width.Fold.String(text))
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:4])
}

// Beginning returns the first n characters of text, white space runs
// made one space, with "…" when there is more; a copy, never part of
// text.
func Beginning(text string, n int) string {
	rs := []rune(strings.Join(strings.Fields(text), " "))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}
