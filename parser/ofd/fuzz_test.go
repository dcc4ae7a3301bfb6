package ofd_test

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzOFD: whatever the bytes, Extract returns a document whose lines agree
// with its text, or an error of the package; it never panics. An input
// that is no zip archive is read as the Content.xml of a one-page OFD, so
// that the page's XML is explored as well as the archive.
func FuzzOFD(f *testing.F) {
	for _, path := range committedFiles(f) {
		data := readFile(f, path)
		f.Add(data)
		for name, content := range entriesOf(f, data) {
			if strings.HasSuffix(name, "Content.xml") && len(content) < 64<<10 {
				f.Add(content)
			}
		}
	}
	f.Add([]byte(page(`<ofd:Area><ofd:ApplicationBox>10 10 190 277</ofd:ApplicationBox></ofd:Area><ofd:Template TemplateID="100"/>`,
		`<ofd:TextObject ID="1" CTM="0.3528 0 0 0.3528 0 0" Boundary="28 50 60 6" Size="12"><ofd:TextCode X="0" Y="14" DeltaX="g 3 12 40">规章0</ofd:TextCode><ofd:TextCode Y="30" DeltaY="g 2 12">行政复议</ofd:TextCode></ofd:TextObject>`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte("PK")) {
			data = zipOf(t, entry{"OFD.xml", mainPart}, entry{"Doc_0/Document.xml", documentPart(2, 1)},
				entry{"Doc_0/Pages/Page_0/Content.xml", string(data)}, entry{"Doc_0/Pages/Page_1/Content.xml", string(data)},
				entry{"Doc_0/Tpls/Tpl_0/Content.xml", string(data)})
		}
		checkExtract(t, "input", data)
	})
}
