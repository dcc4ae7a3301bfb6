package ofd_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Test packages are written in Go: the XML of each page's objects, wrapped
// in the parts an OFD has and zipped in memory.

const ns = `xmlns:ofd="http://www.ofdspec.org/2016"`

type entry struct{ name, data string }

// zipOf zips entries in memory, deflated.
func zipOf(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const mainPart = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD ` + ns + ` Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`

// documentPart lists pages Pages/Page_i/Content.xml and templates
// Tpls/Tpl_i/Content.xml (ID 100+i), on A4 pages.
func documentPart(pages, templates int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><ofd:Document ` + ns + `><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>` +
		`<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>`)
	for i := range templates {
		fmt.Fprintf(&b, `<ofd:TemplatePage ID="%d" BaseLoc="Tpls/Tpl_%d/Content.xml"/>`, 100+i, i)
	}
	b.WriteString(`</ofd:CommonData><ofd:Pages>`)
	for i := range pages {
		fmt.Fprintf(&b, `<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>`, i+1, i)
	}
	b.WriteString(`</ofd:Pages></ofd:Document>`)
	return b.String()
}

// page is the content of a page holding objects in one layer; head comes
// before the content (an Area, Templates).
func page(head, objects string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ` + ns + `>` + head + `<ofd:Content><ofd:Layer ID="1">` + objects + `</ofd:Layer></ofd:Content></ofd:Page>`
}

// text is a TextObject whose boundary starts at (x, y), in font size
// size, with one TextCode at (0, size) holding s, its characters size
// apart unless attrs say otherwise.
func text(x, y, size float64, s string) string {
	return fmt.Sprintf(`<ofd:TextObject ID="9" Boundary="%g %g 150 %g" Font="1" Size="%g"><ofd:TextCode X="0" Y="%g">%s</ofd:TextCode></ofd:TextObject>`, x, y, size*1.2, size, size, s)
}

// ofdFile returns an OFD whose pages hold the given objects.
func ofdFile(t testing.TB, pages ...string) []byte {
	t.Helper()
	entries := []entry{{"OFD.xml", mainPart}, {"Doc_0/Document.xml", documentPart(len(pages), 0)}}
	for i, p := range pages {
		entries = append(entries, entry{fmt.Sprintf("Doc_0/Pages/Page_%d/Content.xml", i), page("", p)})
	}
	return zipOf(t, entries...)
}
