package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Namespaces of WordprocessingML (transitional and strict) and of markup
// compatibility.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// The document as read: blocks of paragraphs and tables, before they are
// laid out in lines.
type (
	block struct {
		para  *paragraph // one of para and table is set
		table *table
	}
	paragraph struct {
		lines  []string // the text, split at manual line breaks
		floats []block  // text boxes anchored in the paragraph
	}
	table struct{ rows []row }
	row   struct {
		before int // grid columns skipped before the first cell (w:gridBefore)
		cells  []cell
	}
	cell struct {
		span      int // grid columns (w:gridSpan)
		vContinue bool
		hContinue bool
		blocks    []block
	}
)

// parser reads document.xml as a stream of tokens, by recursive descent.
// Every token passes through next, which bounds the depth.
type parser struct {
	dec   *xml.Decoder
	name  string // the part's name, for errors
	lim   Limits
	depth int
	lines int // lines the blocks read so far will make
	cells int // grid cells of the table rows read so far
}

// parseDocument reads the body of a WordprocessingML document from r; name
// is the part's name for errors.
func parseDocument(r io.Reader, name string, lim Limits) ([]block, error) {
	p := &parser{dec: xml.NewDecoder(r), name: name, lim: lim}
	body, err := p.document()
	if err != nil {
		return nil, explain(name, err)
	}
	return body, nil
}

// explain turns an error met while reading part name into one that says
// what is wrong with the file.
func explain(name string, err error) error {
	var syn *xml.SyntaxError
	switch {
	case errors.Is(err, ErrZipBomb), errors.Is(err, ErrTooDeep), errors.Is(err, ErrTooLarge), errors.Is(err, ErrNotWord):
		return err
	case errors.As(err, &syn):
		return fmt.Errorf("%w: %s is not well-formed XML (line %d: %s)", ErrDamaged, name, syn.Line, syn.Msg)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: %s ends too early", ErrDamaged, name)
	}
	return fmt.Errorf("%w: cannot read %s: %w", ErrDamaged, name, err)
}

func isW(se xml.StartElement, local string) bool {
	return se.Name.Local == local && (se.Name.Space == nsW || se.Name.Space == nsWStrict)
}

func isMC(se xml.StartElement, local string) bool {
	return se.Name.Local == local && se.Name.Space == nsMC
}

// notText reports whether a WordprocessingML element holds nothing that is
// read as text: properties, deleted or moved-away content, field codes.
func notText(se xml.StartElement) bool {
	if se.Name.Space != nsW && se.Name.Space != nsWStrict {
		return false
	}
	switch l := se.Name.Local; l {
	case "del", "moveFrom", "instrText", "delText", "delInstrText", "tblGrid", "fldData":
		return true
	default:
		return strings.HasSuffix(l, "Pr") || strings.HasSuffix(l, "PrEx") || strings.HasSuffix(l, "PrChange")
	}
}

// next returns the next token, keeping the depth within the limit.
func (p *parser) next() (xml.Token, error) {
	tok, err := p.dec.Token()
	if errors.Is(err, io.EOF) {
		return nil, io.ErrUnexpectedEOF
	}
	if err != nil {
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		p.depth++
		if p.depth > p.lim.MaxDepth {
			return nil, fmt.Errorf("%w: %s nests elements more than %d deep", ErrTooDeep, p.name, p.lim.MaxDepth)
		}
	case xml.EndElement:
		p.depth--
	}
	return tok, nil
}

// each calls fn for every child element of the element just started, up to
// its end. fn consumes the child it is given, up to the child's end.
func (p *parser) each(fn func(xml.StartElement) error) error {
	for {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// skip consumes the element just started.
func (p *parser) skip() error {
	return p.each(func(xml.StartElement) error { return p.skip() })
}

// charData appends the character data of the element just started to sb.
func (p *parser) charData(sb *strings.Builder) error {
	for {
		tok, err := p.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			sb.Write(t)
		case xml.StartElement:
			if err := p.skip(); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// alternate reads an mc:AlternateContent: the first choice (or the
// fallback when there is no choice) with fn, skipping the others.
func (p *parser) alternate(fn func(xml.StartElement) error) error {
	done := false
	return p.each(func(se xml.StartElement) error {
		if done || !isMC(se, "Choice") && !isMC(se, "Fallback") {
			return p.skip()
		}
		done = true
		return p.each(fn)
	})
}

// document reads the root w:document and returns the blocks of its body.
func (p *parser) document() ([]block, error) {
	var root xml.StartElement
	for {
		tok, err := p.next()
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			root = se
			break
		}
	}
	if !isW(root, "document") {
		return nil, fmt.Errorf("%w: %s holds <%s> instead of a WordprocessingML document", ErrNotWord, p.name, root.Name.Local)
	}
	var body []block
	err := p.each(func(se xml.StartElement) error {
		if isW(se, "body") {
			return p.each(func(se xml.StartElement) error { return p.block(se, &body) })
		}
		return p.skip()
	})
	return body, err
}

// block reads one element of block content (a body, a cell, a content
// control, a text box) into out.
func (p *parser) block(se xml.StartElement, out *[]block) error {
	switch {
	case isW(se, "p"):
		para, err := p.paragraph()
		*out = append(*out, block{para: para})
		return err
	case isW(se, "tbl"):
		t, err := p.table()
		*out = append(*out, block{table: t})
		return err
	}
	return p.other(se, func(c xml.StartElement) error { return p.block(c, out) })
}

// other reads an element that a reader of content does not know by name:
// properties, deleted text and field codes are skipped, of an
// mc:AlternateContent one choice is read with fn, and any other element
// (a content control, custom XML, a tracked insertion, a hyperlink…) is a
// container whose children are read with fn.
func (p *parser) other(se xml.StartElement, fn func(xml.StartElement) error) error {
	switch {
	case notText(se):
		return p.skip()
	case isMC(se, "AlternateContent"):
		return p.alternate(fn)
	}
	return p.each(fn)
}

// countLine counts a line against the limit.
func (p *parser) countLine() error {
	p.lines++
	if p.lines > p.lim.MaxLines {
		return fmt.Errorf("%w: more than %d lines", ErrTooLarge, p.lim.MaxLines)
	}
	return nil
}

// paragraph reads the w:p just started.
func (p *parser) paragraph() (*paragraph, error) {
	para := &paragraph{}
	var sb strings.Builder
	err := p.each(func(se xml.StartElement) error { return p.inline(se, para, &sb) })
	para.lines = append(para.lines, sb.String())
	if err != nil {
		return para, err
	}
	return para, p.countLine()
}

// inline reads one element of a paragraph's content: runs and what holds
// them (hyperlinks, fields, content controls, insertions).
func (p *parser) inline(se xml.StartElement, para *paragraph, sb *strings.Builder) error {
	switch {
	case isW(se, "t"):
		return p.charData(sb)
	case isW(se, "tab"), isW(se, "ptab"):
		sb.WriteByte('\t')
	case isW(se, "br"), isW(se, "cr"):
		para.lines = append(para.lines, sb.String())
		sb.Reset()
		if err := p.countLine(); err != nil {
			return err
		}
	case isW(se, "noBreakHyphen"):
		sb.WriteByte('-')
	case isW(se, "txbxContent"):
		return p.each(func(c xml.StartElement) error { return p.block(c, &para.floats) })
	default:
		return p.other(se, func(c xml.StartElement) error { return p.inline(c, para, sb) })
	}
	return p.skip()
}

// table reads the w:tbl just started.
func (p *parser) table() (*table, error) {
	t := &table{}
	var tableElem func(se xml.StartElement) error
	tableElem = func(se xml.StartElement) error {
		if isW(se, "tr") {
			r, err := p.row()
			t.rows = append(t.rows, r)
			return err
		}
		// Properties, content controls and custom XML around rows.
		return p.other(se, tableElem)
	}
	return t, p.each(tableElem)
}

// row reads the w:tr just started.
func (p *parser) row() (row, error) {
	var r row
	var rowElem func(se xml.StartElement) error
	rowElem = func(se xml.StartElement) error {
		switch {
		case isW(se, "tc"):
			c, err := p.cell()
			r.cells = append(r.cells, c)
			if err != nil {
				return err
			}
			return p.countCells(c.span)
		case isW(se, "trPr"):
			return p.each(func(c xml.StartElement) error {
				if isW(c, "gridBefore") {
					r.before = intAttr(c, "val", 0)
				}
				return p.skip()
			})
		}
		// Properties, content controls and custom XML around cells.
		return p.other(se, rowElem)
	}
	if err := p.each(rowElem); err != nil {
		return r, err
	}
	if err := p.countCells(r.before); err != nil {
		return r, err
	}
	return r, p.countLine()
}

// countCells counts n grid cells against the limit.
func (p *parser) countCells(n int) error {
	if n > p.lim.MaxCells-p.cells {
		return fmt.Errorf("%w: more than %d table cells", ErrTooLarge, p.lim.MaxCells)
	}
	p.cells += n
	return nil
}

// cell reads the w:tc just started.
func (p *parser) cell() (cell, error) {
	c := cell{span: 1}
	err := p.each(func(se xml.StartElement) error {
		if !isW(se, "tcPr") {
			return p.block(se, &c.blocks)
		}
		return p.each(func(pr xml.StartElement) error {
			switch {
			case isW(pr, "gridSpan"):
				c.span = max(intAttr(pr, "val", 1), 1)
			case isW(pr, "vMerge"):
				c.vContinue = attr(pr, "val") != "restart"
			case isW(pr, "hMerge"):
				c.hContinue = attr(pr, "val") != "restart"
			}
			return p.skip()
		})
	})
	return c, err
}

// attr returns the value of the attribute with the local name, or "".
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// intAttr returns the attribute as a non-negative int, or def.
func intAttr(se xml.StartElement, local string, def int) int {
	v, err := strconv.Atoi(attr(se, local))
	if err != nil || v < 0 {
		return def
	}
	return v
}
