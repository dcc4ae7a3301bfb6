package pdf_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/internal/corpustest"
	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// What the reports say is in internal/corpustest (read from the PDFs
// themselves); here is what only the PDFs have: pages and their last line.
type corpusCase struct {
	report    corpustest.Report
	lastLine  string         // the document ends here: no date or signature follows
	cellPages map[string]int // "table.row.column" → page of that cell
}

var corpus = []corpusCase{
	{
		report:   corpustest.Reports[0],
		lastLine: "法》,全年收取政府信息公开信息处理费 0 元。",
		cellPages: map[string]int{
			"active.regulations.issued":             2,
			"active.administrative_fees.amount":     3,
			"applications.new_received.total":       3,
			"applications.carried_forward.total":    4,
			"review.reconsideration.upheld":         4,
			"review.litigation_after_review.upheld": 4,
		},
	},
	{
		report:   corpustest.Reports[1],
		lastLine: "办法》,全年收取政府信息公开信息处理费 3940 元。",
		cellPages: map[string]int{
			"active.regulations.in_force":              3,
			"active.administrative_fees.amount":        4,
			"applications.new_received.natural_person": 4,
			"applications.unable_needs_creation.total": 5,
			"review.reconsideration.total":             5,
			"review.litigation_direct.pending":         5,
		},
	},
}

func TestCorpus(t *testing.T) {
	for _, tc := range corpus {
		t.Run(tc.report.Name, func(t *testing.T) {
			path := filepath.Join("..", "..", "testdata", "pdf", tc.report.Name+".pdf")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ext, err := parser.Extract(path, data)
			if err != nil {
				t.Fatal(err)
			}
			doc := parser.Recognize(ext)
			corpustest.Check(t, doc, tc.report)
			checkPDF(t, tc, doc, ext.Text)
			checkCellPages(t, tc, doc, ext.Text)
		})
	}
}

// checkPDF checks what only a PDF document has: pages, and the end of the
// text.
func checkPDF(t *testing.T, tc corpusCase, doc *report.Document, text string) {
	t.Helper()
	if doc.Source.Format != report.FormatPDF || doc.Source.Pages == 0 {
		t.Errorf("source: %+v", doc.Source)
	}
	if doc.Title == nil || doc.Title.Loc.Page != 1 {
		t.Errorf("title not on page 1: %+v", doc.Title)
	}
	// The published PDF has no date under the report: its last page ends
	// with the fee sentence (no signature, no date, no image of a stamp).
	ls := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if last := strings.TrimSpace(ls[len(ls)-1]); last != tc.lastLine {
		t.Errorf("last line %q, want %q", last, tc.lastLine)
	}
	if doc.Published != nil {
		t.Errorf("published: %+v", doc.Published)
	}
	if c := doc.Contact; c == nil || len(c.Emails) != 1 || c.Emails[0].Loc.Page != 1 {
		t.Errorf("e-mail not located on page 1: %+v", c)
	}
}

// checkCellPages checks that cells are located on their page and that
// their locations point at their text in the extracted text.
func checkCellPages(t *testing.T, tc corpusCase, doc *report.Document, text string) {
	t.Helper()
	ls := strings.Split(text, "\n")
	for key, page := range tc.cellPages {
		parts := strings.Split(key, ".")
		var cell report.Cell
		switch parts[0] {
		case "active":
			cell = doc.Tables.Active.Rows[parts[1]][parts[2]]
		case "applications":
			cell = doc.Tables.Applications.Rows[parts[1]][parts[2]]
		case "review":
			r := doc.Tables.Review
			cell = map[string]map[string]report.Cell{
				"reconsideration": r.Reconsideration, "litigation_direct": r.LitigationDirect,
				"litigation_after_review": r.LitigationAfterReview,
			}[parts[1]][parts[2]]
		}
		l := cell.Loc
		if l.Page != page {
			t.Errorf("%s: on page %d, want %d", key, l.Page, page)
		}
		if l.Line < 1 || l.Line > len(ls) || l.EndLine != l.Line {
			t.Errorf("%s: bad location %+v", key, l)
			continue
		}
		runes := []rune(ls[l.Line-1])
		if l.Column < 1 || l.EndColumn-1 > len(runes) || l.EndColumn <= l.Column {
			t.Errorf("%s: bad columns %+v in %q", key, l, ls[l.Line-1])
			continue
		}
		if got := string(runes[l.Column-1 : l.EndColumn-1]); got != cell.Raw || got == "" {
			t.Errorf("%s: location points at %q, the cell is %q", key, got, cell.Raw)
		}
	}
}

// TestParseErrors checks that bad PDFs reach the caller of parser.Parse as
// input errors with a clear reason.
func TestParseErrors(t *testing.T) {
	hongze, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "hongze-gov-2023.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	enc, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "encrypted-aes256.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		data   []byte
		reason string
	}{
		{"encrypted", enc, "encrypted PDF: "},
		{"truncated", hongze[:len(hongze)/2], "damaged PDF: the file is truncated"},
		{"junk", []byte("%PDF-1.7\n\x00\x01\x02junk\n%%EOF\n"), "damaged PDF: "},
	}
	for _, tc := range tests {
		_, err := parser.Parse(tc.name+".pdf", tc.data)
		var ie *parser.InputError
		if !errors.As(err, &ie) || ie.Format != report.FormatPDF || !strings.HasPrefix(ie.Reason, tc.reason) {
			t.Errorf("%s: got %v, want an input error %q…", tc.name, err, tc.reason)
		}
	}
}
