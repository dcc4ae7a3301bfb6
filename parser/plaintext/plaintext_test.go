package plaintext

import (
	"testing"
)

func TestExtractRows(t *testing.T) {
	text := "二、主动公开政府信息情况\r\n规章 | 0 |  | 3 | ||\r\n0 |\n|||\rtail"
	d := Extract(text, "utf-8")
	if d.NumLines != 5 {
		t.Fatalf("lines = %d, want 5", d.NumLines)
	}
	if d.Lines[0].Row {
		t.Error("a heading without pipes became a row")
	}
	row := d.Lines[1]
	if !row.Row || len(row.Cells) != 4 {
		t.Fatalf("row cells = %d (row %v), want 4: trailing blanks dropped, the inner blank kept", len(row.Cells), row.Row)
	}
	wantText := []string{"规章", "0", "", "3"}
	wantCol := []int{1, 6, 9, 13}
	for i, c := range row.Cells {
		if c.Text.String() != wantText[i] || c.At.Col != wantCol[i] || c.At.Line != 2 {
			t.Errorf("cell %d = %q at %v, want %q at 2:%d", i, c.Text.String(), c.At, wantText[i], wantCol[i])
		}
	}
	if c := d.Lines[2]; !c.Row || len(c.Cells) != 1 || c.Cells[0].Text.String() != "0" {
		t.Errorf("one-cell line = %+v", c)
	}
	if c := d.Lines[3]; !c.Row || len(c.Cells) != 0 {
		t.Errorf("separator line = %+v, want a row without cells", c)
	}
	if got := d.Lines[4].Text.String(); got != "tail" {
		t.Errorf("lone CR did not end a line: %q", got)
	}
}
