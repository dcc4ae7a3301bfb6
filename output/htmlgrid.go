package output

import (
	"strings"

	"github.com/nianbao/nianbao/internal/place"
	"github.com/nianbao/nianbao/report"
)

// Tables 二, 三 and 四 are drawn with the template's labels
// (internal/place) by the document's keys, in template order. A row or
// column the template does not know is drawn after them, with the label
// the report gives it.

// grids draws the tables of a document.
func grids(t report.Tables, lang string) []*grid {
	var out []*grid
	if t.Active != nil {
		out = append(out, rowGrid(place.TableActive, t.Active, place.ActiveRows, place.ActiveCols, lang))
	}
	if t.Applications != nil {
		out = append(out, rowGrid(place.TableApplications, t.Applications, place.ApplicationRows, place.ApplicationCols, lang))
	}
	if t.Review != nil {
		out = append(out, reviewGrid(t.Review, lang))
	}
	if t.ProcessingFees != nil {
		g := &grid{Key: place.TableFees, Name: place.TableName(place.TableFees, lang), Loc: t.ProcessingFees.Loc}
		keys := place.Ordered(t.ProcessingFees.Cells, nil)
		row := gridRow{}
		for _, k := range keys {
			g.Header = append(g.Header, k)
			c := t.ProcessingFees.Cells[k]
			row.Cells = append(row.Cells, cellItem(place.Cell(g.Key, "", k, c), c, g.Name+" "+k))
		}
		g.Rows = append(g.Rows, row)
		out = append(out, g)
	}
	return out
}

// rowGrid draws table 二 or 三: a row per row key, a column per column key.
func rowGrid(name string, t *report.Table, rows, cols []place.Term, lang string) *grid {
	g := &grid{Key: name, Name: place.TableName(name, lang), Loc: t.Loc}
	present := map[string]bool{}
	for _, cells := range t.Rows {
		for k := range cells {
			present[k] = true
		}
	}
	colKeys := place.Ordered(present, cols)
	for _, k := range colKeys {
		g.Header = append(g.Header, place.Words(k, cols, lang))
	}
	for _, rk := range place.Ordered(t.Rows, rows) {
		lbl := place.Words(rk, rows, lang)
		r := gridRow{Label: &item{Kind: "label", Text: lbl}}
		if found, ok := t.RowLabels[rk]; ok {
			r.Label.Loc = found.Loc
			r.Label.El = place.Label(name, rk, found)
			if lang != "en" && found.Text != "" {
				r.Label.Text = found.Text
			}
		}
		r.Label.Key = g.Name + " " + curly(r.Label.Text)
		for _, ck := range colKeys {
			c, ok := t.Rows[rk][ck]
			if !ok {
				r.Cells = append(r.Cells, nil)
				continue
			}
			r.Cells = append(r.Cells, cellItem(place.Cell(name, rk, ck, c), c, g.Name+" "+curly(lbl)+" "+curly(place.Words(ck, cols, lang))))
		}
		g.Rows = append(g.Rows, r)
	}
	return g
}

// reviewGrid draws table 四: one row, three groups of five columns.
func reviewGrid(t *report.ReviewTable, lang string) *grid {
	g := &grid{Key: place.TableReview, Name: place.TableName(place.TableReview, lang), Loc: t.Loc}
	row := gridRow{}
	for _, gl := range place.ReviewGroups {
		cells := place.ReviewGroup(t, gl.Key)
		keys := place.Ordered(cells, place.ReviewCols)
		if len(keys) == 0 {
			continue
		}
		g.Groups = append(g.Groups, gridGroup{Label: gl.In(lang), Span: len(keys)})
		for _, k := range keys {
			g.Header = append(g.Header, place.Words(k, place.ReviewCols, lang))
			row.Cells = append(row.Cells, cellItem(place.Cell(g.Key, gl.Key, k, cells[k]), cells[k], g.Name+" "+curly(gl.In(lang))+" "+curly(place.Words(k, place.ReviewCols, lang))))
		}
	}
	g.Rows = append(g.Rows, row)
	return g
}

// cellItem is a cell as drawn: its element, its text as found, and where
// it stands in words (Key).
func cellItem(el place.Element, c report.Cell, where string) *item {
	text := strings.TrimSpace(c.Raw)
	return &item{Kind: "cell", Text: text, Loc: c.Loc, Key: where, El: el}
}

// curly puts s in quotation marks.
func curly(s string) string { return "“" + s + "”" }
