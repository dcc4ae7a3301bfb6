package ofd

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/nianbao/nianbao/parser/glyphs"
	"github.com/nianbao/nianbao/parser/internal/safezip"
)

// maxMetaSize bounds OFD.xml and Document.xml, a few kilobytes in a real
// document (Document.xml lists every page: some 100 bytes each).
const maxMetaSize = 16 << 20

// maxTemplateDepth bounds templates drawn on templates.
const maxTemplateDepth = 4

// ofdMain is OFD.xml: the documents of the package.
type ofdMain struct {
	XMLName xml.Name `xml:"OFD"`
	Bodies  []struct {
		DocRoot string `xml:"DocRoot"`
	} `xml:"DocBody"`
}

// pageArea is a page's boxes: "x y w h" each.
type pageArea struct {
	PhysicalBox    string `xml:"PhysicalBox"`
	ApplicationBox string `xml:"ApplicationBox"`
}

// document is Document.xml.
type document struct {
	XMLName    xml.Name `xml:"Document"`
	CommonData struct {
		PageArea  pageArea `xml:"PageArea"`
		Templates []struct {
			ID      string `xml:"ID,attr"`
			BaseLoc string `xml:"BaseLoc,attr"`
		} `xml:"TemplatePage"`
	} `xml:"CommonData"`
	Pages []struct {
		BaseLoc string `xml:"BaseLoc,attr"`
	} `xml:"Pages>Page"`
}

// readDocument reads the pages of the package's first document.
func (r *reader) readDocument() ([]*pageContent, error) {
	f := safezip.Lookup(r.zr, mainEntry)
	if f == nil {
		return nil, fmt.Errorf("%w: the zip archive has no %s", ErrDamaged, mainEntry)
	}
	var main ofdMain
	if err := r.decode(f, &main); err != nil {
		return nil, err
	}
	root := ""
	for _, b := range main.Bodies {
		if root = strings.TrimSpace(b.DocRoot); root != "" {
			break
		}
	}
	if root == "" {
		return nil, fmt.Errorf("%w: %s names no document (DocBody/DocRoot)", ErrDamaged, mainEntry)
	}
	df := r.lookup("", root)
	if df == nil {
		return nil, fmt.Errorf("%w: the document %s named in %s is missing", ErrDamaged, root, mainEntry)
	}
	var doc document
	if err := r.decode(df, &doc); err != nil {
		return nil, err
	}
	if len(doc.Pages) > r.lim.MaxPages {
		return nil, fmt.Errorf("%w: more than %d pages", ErrTooLarge, r.lim.MaxPages)
	}
	dir := path.Dir(strings.TrimPrefix(df.Name, "/"))
	templates := map[string]string{}
	for _, t := range doc.CommonData.Templates {
		templates[t.ID] = t.BaseLoc
	}
	defaultBox := boxOf(doc.CommonData.PageArea)
	pages := make([]*pageContent, 0, len(doc.Pages))
	for i, p := range doc.Pages {
		pf := r.lookup(dir, p.BaseLoc)
		if pf == nil {
			return nil, fmt.Errorf("%w: page %d (%s) is missing", ErrDamaged, i+1, p.BaseLoc)
		}
		pc, err := r.readPage(pf, dir, templates, 0)
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		if !pc.hasBox {
			pc.box = defaultBox
		}
		pages = append(pages, pc)
	}
	return pages, nil
}

// readPage reads a page's content and the templates it draws on; dir is
// the document's directory, that locations are relative to.
func (r *reader) readPage(f *zip.File, dir string, templates map[string]string, depth int) (*pageContent, error) {
	pc, err := r.readContent(f)
	if err != nil {
		return nil, err
	}
	if depth >= maxTemplateDepth {
		return pc, nil
	}
	for _, id := range pc.templates {
		loc, ok := templates[id]
		if !ok {
			continue // a template that does not exist draws nothing
		}
		tf := r.lookup(dir, loc)
		if tf == nil {
			return nil, fmt.Errorf("%w: the template %s is missing", ErrDamaged, loc)
		}
		t, ok := r.templates[tf.Name]
		if !ok {
			// Mark it while it is read: a template drawn on itself is read once.
			r.templates[tf.Name] = &pageContent{}
			if t, err = r.readPage(tf, dir, templates, depth+1); err != nil {
				return nil, err
			}
			r.templates[tf.Name] = t
		}
		if err := r.count(len(t.glyphs)); err != nil {
			return nil, err
		}
		merged := *pc
		merged.glyphs = append(append(make([]glyphs.Glyph, 0, len(pc.glyphs)+len(t.glyphs)), t.glyphs...), pc.glyphs...)
		merged.images += t.images
		merged.unmapped += t.unmapped
		pc = &merged
	}
	return pc, nil
}

// lookup returns the entry a location names: from the root of the package
// when it starts with a slash, else relative to dir, or to the root when
// nothing is there (a location some producers write).
func (r *reader) lookup(dir, loc string) *zip.File {
	loc = strings.TrimSpace(strings.ReplaceAll(loc, `\`, "/"))
	if loc == "" {
		return nil
	}
	if strings.HasPrefix(loc, "/") {
		return safezip.Lookup(r.zr, strings.TrimPrefix(path.Clean(loc), "/"))
	}
	if f := safezip.Lookup(r.zr, strings.TrimPrefix(path.Join(dir, loc), "/")); f != nil {
		return f
	}
	return safezip.Lookup(r.zr, path.Clean(loc))
}

// open opens a part within the limits.
func (r *reader) open(f *zip.File, maxSize int64) (io.ReadCloser, *xml.Decoder, error) {
	rc, err := safezip.OpenEntry(f, min(maxSize, r.lim.MaxPartSize), ErrDamaged, ErrEncrypted)
	if err != nil {
		return nil, nil, err
	}
	dec := xml.NewDecoder(&budgetReader{r: rc, reader: r})
	dec.CharsetReader = charset.NewReaderLabel
	return rc, dec, nil
}

// decode reads a small part into v.
func (r *reader) decode(f *zip.File, v any) error {
	rc, dec, err := r.open(f, maxMetaSize)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := dec.Decode(v); err != nil {
		return explain(f.Name, err)
	}
	return nil
}

// explain turns an error met while reading part name into one that says
// what is wrong with the file.
func explain(name string, err error) error {
	var syn *xml.SyntaxError
	var unexpected xml.UnmarshalError
	switch {
	case errors.Is(err, ErrZipBomb), errors.Is(err, ErrTooLarge), errors.Is(err, ErrEncrypted), errors.Is(err, ErrDamaged):
		return err
	case errors.As(err, &syn):
		return fmt.Errorf("%w: %s is not well-formed XML (line %d: %s)", ErrDamaged, name, syn.Line, syn.Msg)
	case errors.As(err, &unexpected):
		return fmt.Errorf("%w: %s is not what an OFD has there (%s)", ErrDamaged, name, string(unexpected))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: %s ends too early", ErrDamaged, name)
	}
	return fmt.Errorf("%w: cannot read %s: %w", ErrDamaged, name, err)
}

// budgetReader counts the bytes read against Limits.MaxReadBytes.
type budgetReader struct {
	r      io.Reader
	reader *reader
}

func (b *budgetReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.reader.read += int64(n)
	if b.reader.read > b.reader.lim.MaxReadBytes {
		return n, fmt.Errorf("%w: more than %s of XML to read", ErrTooLarge, safezip.Size(b.reader.lim.MaxReadBytes))
	}
	return n, err
}

// count adds n characters to those read, within Limits.MaxGlyphs.
func (r *reader) count(n int) error {
	r.glyphs += n
	if r.glyphs > r.lim.MaxGlyphs {
		return fmt.Errorf("%w: more than %d characters", ErrTooLarge, r.lim.MaxGlyphs)
	}
	return nil
}
