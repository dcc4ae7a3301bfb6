package output

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/place"
	"github.com/nianbao/nianbao/report"
)

// The review page draws each report as nianbao read it, from its document
// alone, and puts every diagnostic at one place in it: the innermost
// element whose span holds the diagnostic's start (a table cell, a row
// label, a heading, a sentence, the title: internal/place finds it, as it
// does for the diagnostic's fingerprint), or, for something missing or
// standing nowhere, a placeholder where it belongs in reading order. This
// file builds that view; html.go writes it.

// view is one report's review.
type view struct {
	N    int
	Path string
	// File is the file linted, without its document and diagnostics:
	// what a diagnostic's baseline entry says of it.
	File  engine.FileResult
	Title *item
	// Items are the blocks before the first section and the sections,
	// in reading order, placeholders among them.
	Items []*item
	Diags []viewDiag
	// LastYear gives the cells of the previous year's report by place,
	// for a diagnostic that speaks of one (history/carry-over).
	LastYear map[loc]string
}

// loc is a place in a file.
type loc struct {
	path         string
	line, column int
}

// item is one element of the drawn report.
type item struct {
	Kind string // title, sent, sec, sub, table, placeholder
	Text string
	Loc  report.Loc
	End  report.Loc // for a section: where it ends
	Key  string     // a section's key
	// El is the element of the report drawn, by which a diagnostic
	// finds it (the zero Element for a placeholder).
	El place.Element
	// Marks are the diagnostics placed on this element, worst first.
	Marks []int
	// Items are a section's contents.
	Items []*item
	Table *grid
}

// grid is a table drawn with its template labels and the values read.
type grid struct {
	Key     string // the table's key (place.TableActive, …)
	Name    string
	Groups  []gridGroup // column groups above the header (table 四)
	Header  []string
	Rows    []gridRow
	Loc     report.Loc
	Caption *item
}

type gridGroup struct {
	Label string
	Span  int
}

type gridRow struct {
	Label *item
	Cells []*item
}

// viewDiag is a diagnostic with its place.
type viewDiag struct {
	engine.Diagnostic
	K     int
	Where string // 第N页, 表三“…”行“…”列, …
	Cat   string
}

// before reports whether a comes before b.
func before(a, b report.Loc) bool { return place.Before(a, b) }

// buildView draws one report and places its diagnostics.
func buildView(n int, f engine.FileResult, lang string) *view {
	v := &view{N: n, Path: f.Path, File: engine.FileResult{Path: f.Path, Report: f.Report}}
	for i, d := range f.Diagnostics {
		v.Diags = append(v.Diags, viewDiag{Diagnostic: d, K: i + 1, Cat: category(d.Rule)})
	}
	doc := f.Document
	var elems []place.Element // every element that can hold a mark, innermost first
	drawn := map[place.Element]*item{}
	if doc != nil {
		v.draw(doc, lang)
		elems = place.Elements(doc)
		v.every(func(it *item) { drawn[it.El] = it })
		if doc.Previous != nil {
			v.LastYear = map[loc]string{}
			for _, g := range grids(doc.Previous.Tables, lang) {
				for _, row := range g.Rows {
					for _, c := range row.Cells {
						if c != nil {
							v.LastYear[loc{doc.Previous.Source.Path, c.Loc.Line, c.Loc.Column}] = c.Text
						}
					}
				}
			}
		}
	}
	for i, d := range v.Diags {
		p := d.Location.Loc
		var at *item
		if !place.Missing(d.Rule) {
			if e, ok := place.At(elems, p); ok {
				at = drawn[e]
			}
		}
		if at != nil {
			at.Marks = append(at.Marks, i)
		} else {
			v.placeholder(i, p)
		}
		v.Diags[i].Where = v.where(d, at, lang)
	}
	v.every(func(it *item) {
		slices.SortStableFunc(it.Marks, func(a, b int) int {
			return cmp.Compare(v.Diags[b].Severity.Rank(), v.Diags[a].Severity.Rank())
		})
	})
	return v
}

// every calls fn for every item drawn, the title included.
func (v *view) every(fn func(*item)) {
	if v.Title != nil {
		fn(v.Title)
	}
	walk(v.Items, fn)
}

// walk calls fn for every item, with tables' captions, labels and cells.
func walk(items []*item, fn func(*item)) {
	for _, it := range items {
		fn(it)
		walk(it.Items, fn)
		if it.Table != nil {
			if it.Table.Caption != nil {
				fn(it.Table.Caption)
			}
			for _, r := range it.Table.Rows {
				if r.Label != nil {
					fn(r.Label)
				}
				for _, c := range r.Cells {
					if c != nil {
						fn(c)
					}
				}
			}
		}
	}
}

// draw builds the items of a document, each with the element it draws.
func (v *view) draw(doc *report.Document, lang string) {
	if doc.Title != nil {
		v.Title = &item{Kind: "title", Text: doc.Title.Text, Loc: doc.Title.Loc, El: place.Title(*doc.Title)}
	}
	var secs []*item
	for _, s := range doc.Sections {
		sec := &item{Kind: "sec", Text: numbered(s.Number, s.Heading), Loc: s.Loc, End: s.End, Key: s.Key, El: place.Heading(s)}
		secs = append(secs, sec)
		for _, sub := range s.Subsections {
			sec.Items = append(sec.Items, &item{Kind: "sub", Text: sub.Heading, Loc: sub.Loc, El: place.Subheading(s, sub)})
		}
	}
	// A block goes into the section whose span holds it, else before
	// the sections.
	put := func(it *item) {
		for _, sec := range secs {
			end := sec.End
			if end.IsZero() {
				continue
			}
			if !before(it.Loc, sec.Loc) && before(it.Loc, report.Loc{Line: end.Line, Column: end.Column + 1}) {
				sec.Items = append(sec.Items, it)
				return
			}
		}
		v.Items = append(v.Items, it)
	}
	for _, s := range doc.Sentences {
		put(&item{Kind: "sent", Text: s.Text, Loc: s.Loc, El: place.Sentence(s)})
	}
	for _, g := range grids(doc.Tables, lang) {
		g.Caption = &item{Kind: "caption", Text: g.Name, Loc: g.Loc, El: place.Table(g.Key, g.Loc)}
		put(&item{Kind: "table", Loc: g.Loc, Table: g})
	}
	v.Items = append(v.Items, secs...)
	sortItems(v.Items)
	for _, sec := range secs {
		sortItems(sec.Items)
	}
}

func sortItems(items []*item) {
	slices.SortStableFunc(items, func(a, b *item) int {
		switch {
		case before(a.Loc, b.Loc):
			return -1
		case before(b.Loc, a.Loc):
			return 1
		}
		return 0
	})
}

// placeholder puts diagnostic i where its point belongs: in the section
// whose span holds it, else among the top-level items, in reading order.
func (v *view) placeholder(i int, p report.Loc) {
	ph := &item{Kind: "placeholder", Loc: p, Marks: []int{i}}
	list := &v.Items
	for _, it := range v.Items {
		if it.Kind == "sec" && inSection(it, p) {
			list = &it.Items
		}
	}
	at := len(*list)
	for j, it := range *list {
		if before(p, it.Loc) || p.Line == it.Loc.Line && p.Column == it.Loc.Column && it.Kind != "placeholder" {
			at = j
			break
		}
	}
	*list = slices.Insert(*list, at, ph)
}

// inSection reports whether p lies in a section after its heading's start
// and not after its end: a point at the heading belongs before it.
func inSection(sec *item, p report.Loc) bool {
	return place.InSection(report.Section{Loc: sec.Loc, End: sec.End}, p)
}

// where says where a diagnostic stands in words a reader can follow: the
// page or paragraph, and the table row and column of a cell.
func (v *view) where(d viewDiag, at *item, lang string) string {
	var parts []string
	if at != nil && (at.Kind == "cell" || at.Kind == "label") && at.Key != "" {
		parts = append(parts, at.Key)
	}
	if s := placeIn(lang, d.Location); s != "" {
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		if lang == "en" {
			return "line " + strconv.Itoa(d.Location.Line)
		}
		return "第" + strconv.Itoa(d.Location.Line) + "行"
	}
	return strings.Join(parts, " ")
}

// numbered puts a section's number before its heading as the template
// writes it (一、总体情况), when the heading does not start with it.
func numbered(n *int, heading string) string {
	const numerals = "一二三四五六七八九十"
	if n == nil || *n < 1 || *n > 10 {
		return heading
	}
	num := string([]rune(numerals)[*n-1])
	if strings.HasPrefix(heading, num) {
		return heading
	}
	return num + "、" + heading
}
