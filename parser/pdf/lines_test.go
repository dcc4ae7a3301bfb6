package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestNarrowGlyphsKept checks that a glyph drawn twice a little apart
// (fake bold) is read once, but that narrow glyphs repeated side by side,
// the dots of "..." and the l's of "all", are all read.
func TestNarrowGlyphsKept(t *testing.T) {
	w := make([]string, 95)
	for i := range w {
		w[i] = "500"
	}
	w['.'-32], w['l'-32] = "278", "222"
	helv := fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [%s] >>", strings.Join(w, " "))
	tests := []struct{ name, show, want string }{
		{"dots", "(20...)", "20..."},
		{"ll", "(all)", "all"},
		{"fake bold", "[(a) 480 (a)]", "a"},
		{"fake bold of a dot", "[(.) 270 (.)]", "."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			op := "Tj"
			if strings.HasPrefix(tc.show, "[") {
				op = "TJ"
			}
			page := strings.Replace(text("F9", 12, 72, 700, tc.show), "Tj", op, 1)
			d := newTestDoc()
			f := d.f.add(helv)
			res := d.f.add(fmt.Sprintf("<< /Font << /F9 %d 0 R >> >>", f))
			c := d.f.stream("", []byte(page), false)
			d.addPage(res, fmt.Sprintf("%d 0 R", c), 0)
			doc, err := Extract(d.bytes())
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(doc.Text); got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
		})
	}
}
