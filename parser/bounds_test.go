package parser_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// TestBoundsOfWhatIsRead checks that a file past every size a report has
// is read up to the bound, with an unreadable note at the place the
// reading stops, and that what a report holds before it is still read.
func TestBoundsOfWhatIsRead(t *testing.T) {
	seed, err := os.ReadFile(seedPath(seed001))
	if err != nil {
		t.Fatal(err)
	}
	seedLines := bytes.Count(seed, []byte("\n"))
	for _, tc := range []struct {
		name string
		// tail is appended to the seed.
		tail string
		// note is a word of the message of an unreadable note (a file past
		// one bound may be past another too).
		note string
		// line is where the note must stand (0: not checked).
		line int
		// check looks at the document beyond the note.
		check func(t *testing.T, doc *report.Document)
	}{
		{
			name: "a row of too many cells",
			tail: "\n" + strings.Repeat("规章 | ", 5000) + "\n",
			note: "table cells",
			line: seedLines + 2,
		},
		{
			name: "too many lines",
			tail: "\n" + strings.Repeat("一行\n", 120000),
			note: "more lines",
		},
		{
			name: "a section too long",
			tail: "\n" + strings.Repeat("这是一句很长的话，", 20000) + "\n",
			note: "longer than any report",
			check: func(t *testing.T, doc *report.Document) {
				for _, s := range doc.Sections {
					if len(s.Text) > 64<<10 {
						t.Errorf("section %s has %d bytes of text", s.Key, len(s.Text))
					}
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := append(append([]byte{}, seed...), tc.tail...)
			doc, err := parser.Parse("hostile.txt", data)
			if err != nil {
				t.Fatal(err)
			}
			var note *report.Note
			for i, n := range doc.Notes {
				if n.Code != report.NoteUnreadable {
					continue
				}
				if n.Loc.Line <= seedLines {
					t.Errorf("note %q at line %d, inside the report (%d lines)", n.Message, n.Loc.Line, seedLines)
				}
				if strings.Contains(n.Message, tc.note) {
					note = &doc.Notes[i]
				}
			}
			if note == nil {
				t.Fatalf("notes = %+v, want an unreadable one about %q", doc.Notes, tc.note)
			}
			if tc.line != 0 && note.Loc.Line != tc.line {
				t.Errorf("note at line %d, want %d", note.Loc.Line, tc.line)
			}
			// The report before the hostile part is read as it is alone.
			want := parseSeed(t, seed001)
			if doc.Title == nil || want.Title == nil || doc.Title.Text != want.Title.Text {
				t.Errorf("title = %+v, want %+v", doc.Title, want.Title)
			}
			if len(doc.Sections) != len(want.Sections) {
				t.Errorf("%d sections, want %d", len(doc.Sections), len(want.Sections))
			}
			if doc.Tables.Applications == nil || len(doc.Tables.Applications.Rows) != len(want.Tables.Applications.Rows) {
				t.Errorf("table 三 not read as in the seed alone")
			}
			if tc.check != nil {
				tc.check(t, doc)
			}
		})
	}
}
