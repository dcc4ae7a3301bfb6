package output

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/nianbao/nianbao/engine"
)

// XLSX writes an Excel workbook of two sheets, in the run's language:
//
//   - 报告 (Reports): the batch summary, one row per report, as the csv
//     format writes it (see table); counts and years are numbers.
//   - 问题 (Diagnostics): every diagnostic — file, location (line:column,
//     and the page or paragraph when there is one), severity, rule, the
//     rule's title and the message — and a row for each file that could
//     not be checked completely, with the error.
//
// On both sheets the header row is frozen and filters are set over the
// table. Rows go through excelize's stream writer, which keeps a large
// sheet in a temporary file rather than in memory until the workbook is
// written.
type XLSX struct{}

// xlsxSheets are the names of the two sheets, by language.
var xlsxSheets = map[string][2]string{
	"zh": {"报告", "问题"},
	"en": {"Reports", "Diagnostics"},
}

// diagnosticHeaders are the headers of the diagnostics sheet, by language.
var diagnosticHeaders = map[string][]string{
	"zh": {"文件", "位置", "级别", "规则", "规则标题", "问题"},
	"en": {"File", "Location", "Severity", "Rule", "Title", "Message"},
}

// Column widths, in characters of a Latin font: at least xlsxMinWidth,
// at most xlsxMaxWidth, or xlsxWideMax for the columns that hold long text
// (paths, issuers, messages).
const (
	xlsxMinWidth = 6
	xlsxMaxWidth = 30
	xlsxWideMax  = 80
)

// Format implements Formatter.
func (XLSX) Format(w io.Writer, r *Result) (err error) {
	lang := r.Lang
	if _, ok := xlsxSheets[lang]; !ok {
		lang = "zh"
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	names := xlsxSheets[lang]
	if err := f.SetSheetName(f.GetSheetName(0), names[0]); err != nil {
		return err
	}
	if _, err := f.NewSheet(names[1]); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	files := r.SortedFiles()

	t := newTable(r)
	rows := make([][]any, 0, len(files))
	for _, file := range files {
		rows = append(rows, t.row(file))
	}
	wide := map[int]bool{colPath: true, colIssuer: true}
	if err := writeSheet(f, names[0], t.header(), rows, wide, bold); err != nil {
		return err
	}

	titles := map[string]string{}
	for _, rule := range r.Rules {
		titles[rule.ID] = rule.TitleIn(r.Lang)
	}
	var diags [][]any
	for _, file := range files {
		if file.Failed() {
			diags = append(diags, []any{file.Path, "", severityWord(lang, engine.SeverityError), "", "", failedMessage(r.Lang, file)})
		}
		for _, d := range file.Diagnostics {
			title, ok := titles[d.Rule]
			if !ok {
				title = d.Title
			}
			where := ""
			if !d.Location.IsZero() {
				where = withPlace(r.Lang, fmt.Sprintf("%d:%d", d.Location.Line, d.Location.Column), d.Location)
			}
			diags = append(diags, []any{file.Path, where, severityWord(lang, d.Severity), d.Rule, title, d.Message})
		}
	}
	if err := writeSheet(f, names[1], diagnosticHeaders[lang], diags, map[int]bool{0: true, 4: true, 5: true}, bold); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// writeSheet streams a header row in bold and the rows to a sheet, with
// the header row frozen, filters over the table, and columns as wide as
// their content (the columns in wide may be wider).
func writeSheet(f *excelize.File, sheet string, header []string, rows [][]any, wide map[int]bool, bold int) error {
	last, err := excelize.CoordinatesToCellName(len(header), len(rows)+1)
	if err != nil {
		return err
	}
	// AutoFilter is set before streaming: the stream writer then writes
	// the sheet's filter with its rows.
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	// The stream writer puts each column set before the ones set already:
	// set them from the last, so that the columns come in order, as Excel
	// wants them.
	widths := columnWidths(header, rows, wide)
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
	}
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", cells); err != nil {
		return err
	}
	for i, row := range rows {
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// columnWidths returns the width of each column: its widest cell, header
// included (plus room for the filter button), within the bounds.
func columnWidths(header []string, rows [][]any, wide map[int]bool) []float64 {
	widths := make([]float64, len(header))
	for i, h := range header {
		n := displayWidth(h) + 3
		for _, row := range rows {
			switch v := row[i].(type) {
			case string:
				n = max(n, displayWidth(v)+1)
			case int:
				n = max(n, len(fmt.Sprint(v))+1)
			}
		}
		limit := xlsxMaxWidth
		if wide[i] {
			limit = xlsxWideMax
		}
		widths[i] = float64(min(max(n, xlsxMinWidth), limit))
	}
	return widths
}
