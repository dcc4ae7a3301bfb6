package ofd

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"github.com/nianbao/nianbao/parser/glyphs"
)

// pageContent is what a page's content (or a template's) draws.
type pageContent struct {
	// glyphs are in the page's coordinates (millimetres, y growing
	// downwards), before the origin of its box is taken off.
	glyphs   []glyphs.Glyph
	images   int // ImageObjects
	unmapped int // characters without a Unicode value
	// box is the page's ApplicationBox or PhysicalBox; hasBox is false
	// when the page has none of its own (the document's then applies).
	box       box
	hasBox    bool
	templates []string // the IDs of the templates it draws on
}

// box is a rectangle "x y w h".
type box struct{ x, y, w, h float64 }

// a4 is the page of a document that gives none.
var a4 = box{0, 0, 210, 297}

// parseBox reads "x y w h"; ok is false unless it is four finite numbers,
// the width and height positive.
func parseBox(s string) (b box, ok bool) {
	f := strings.Fields(s)
	if len(f) != 4 {
		return box{}, false
	}
	var v [4]float64
	for i, t := range f {
		if v[i], ok = number(t); !ok {
			return box{}, false
		}
	}
	if v[2] <= 0 || v[3] <= 0 {
		return box{}, false
	}
	return box{v[0], v[1], v[2], v[3]}, true
}

// boxIn returns the page's box in an Area or PageArea: its ApplicationBox,
// or its PhysicalBox.
func boxIn(a pageArea) (box, bool) {
	if b, ok := parseBox(a.ApplicationBox); ok {
		return b, true
	}
	return parseBox(a.PhysicalBox)
}

// boxOf returns the page box of a document's PageArea, A4 without one.
func boxOf(a pageArea) box {
	if b, ok := boxIn(a); ok {
		return b
	}
	return a4
}

// number reads a finite number.
func number(s string) (float64, bool) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// textObject is the TextObject being read.
type textObject struct {
	bx, by float64    // the origin of its Boundary
	ctm    [6]float64 // object space → boundary space
	size   float64    // font size, in object space
	// x, y are the X and Y of its last TextCode, which a TextCode
	// without them takes.
	x, y float64
}

func newTextObject(attrs []xml.Attr) *textObject {
	o := &textObject{ctm: [6]float64{1, 0, 0, 1, 0, 0}}
	b, hasBoundary := box{}, false
	if s := attr(attrs, "Boundary"); s != "" {
		f := strings.Fields(s)
		if len(f) == 4 {
			x, okx := number(f[0])
			y, oky := number(f[1])
			h, okh := number(f[3])
			if okx && oky {
				b, hasBoundary = box{x: x, y: y, h: h}, okh
				o.bx, o.by = x, y
			}
		}
	}
	if f := strings.Fields(attr(attrs, "CTM")); len(f) == 6 {
		var m [6]float64
		ok := true
		for i, t := range f {
			if m[i], ok = number(t); !ok {
				break
			}
		}
		if ok {
			o.ctm = m
		}
	}
	if v, ok := number(strings.TrimSpace(attr(attrs, "Size"))); ok && v > 0 {
		o.size = v
	} else if hasBoundary && b.h > 0 {
		o.size = b.h // Size is required; the Boundary's height stands in
	}
	return o
}

// apply maps a point of the object's space onto the page.
func (o *textObject) apply(x, y float64) (float64, float64) {
	m := o.ctm
	return m[0]*x + m[2]*y + m[4] + o.bx, m[1]*x + m[3]*y + m[5] + o.by
}

func attr(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// textCode is the TextCode being read.
type textCode struct {
	x, y           string
	deltaX, deltaY string
	hasDX, hasDY   bool
	text           strings.Builder
}

// readContent reads the objects of a page's or a template's content.
func (r *reader) readContent(f *zip.File) (*pageContent, error) {
	rc, dec, err := r.open(f, r.lim.MaxPartSize)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	pc := &pageContent{}
	var (
		stack   []string
		obj     *textObject
		code    *textCode
		area    pageArea
		boxText *string // the box of the Area being read
		root    bool
	)
	for {
		// RawToken is twice as fast as Token; it leaves the nesting to
		// be checked here, and only local names are looked at.
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			if len(stack) > 0 {
				return nil, fmt.Errorf("%w: %s ends too early", ErrDamaged, f.Name)
			}
			break
		}
		if err != nil {
			return nil, explain(f.Name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if root && len(stack) == 0 {
				return nil, fmt.Errorf("%w: %s is not well-formed XML (line %d: a second root element)", ErrDamaged, f.Name, lineOf(dec))
			}
			if len(stack) >= r.lim.MaxDepth {
				return nil, fmt.Errorf("%w: %s nests XML elements deeper than %d", ErrTooLarge, f.Name, r.lim.MaxDepth)
			}
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			root = true
			stack = append(stack, t.Name.Local)
			switch t.Name.Local {
			case "Template":
				if len(stack) == 2 {
					pc.templates = append(pc.templates, attr(t.Attr, "TemplateID"))
				}
			case "PhysicalBox":
				if parent == "Area" && len(stack) == 3 {
					boxText = &area.PhysicalBox
				}
			case "ApplicationBox":
				if parent == "Area" && len(stack) == 3 {
					boxText = &area.ApplicationBox
				}
			case "ImageObject":
				pc.images++
			case "TextObject":
				obj = newTextObject(t.Attr)
			case "TextCode":
				if obj != nil && code == nil {
					code = &textCode{x: attr(t.Attr, "X"), y: attr(t.Attr, "Y")}
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "DeltaX":
							code.deltaX, code.hasDX = a.Value, true
						case "DeltaY":
							code.deltaY, code.hasDY = a.Value, true
						}
					}
				}
			}
		case xml.CharData:
			switch {
			case code != nil:
				code.text.Write(t)
			case boxText != nil:
				*boxText += string(t)
			}
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != t.Name.Local {
				return nil, fmt.Errorf("%w: %s is not well-formed XML (line %d: </%s> closes no element it opened)", ErrDamaged, f.Name, lineOf(dec), t.Name.Local)
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch name {
			case "TextCode":
				if code != nil {
					if err := r.place(pc, obj, code); err != nil {
						return nil, err
					}
					code = nil
				}
			case "TextObject":
				obj, code = nil, nil
			case "PhysicalBox", "ApplicationBox":
				boxText = nil
			}
		}
	}
	if !root {
		return nil, fmt.Errorf("%w: %s is empty", ErrDamaged, f.Name)
	}
	pc.box, pc.hasBox = boxIn(area)
	return pc, nil
}

// lineOf returns the line the decoder has read up to.
func lineOf(dec *xml.Decoder) int {
	line, _ := dec.InputPos()
	return line
}

// place works out the position of each character of a TextCode and adds
// it to the page.
func (r *reader) place(pc *pageContent, o *textObject, c *textCode) error {
	text := []rune(c.text.String())
	if err := r.count(len(text)); err != nil {
		return err
	}
	if len(text) == 0 {
		return nil
	}
	if v, ok := number(strings.TrimSpace(c.x)); ok {
		o.x = v
	}
	if v, ok := number(strings.TrimSpace(c.y)); ok {
		o.y = v
	}
	n := len(text) - 1
	dx, dy := deltas(c.deltaX, n), deltas(c.deltaY, n)
	// Without DeltaX, a character's advance is its own width, unless
	// DeltaY alone moves the characters (vertical text).
	noAdvance := !c.hasDX && c.hasDY
	x, y := o.x, o.y
	for i, ch := range text {
		if i > 0 {
			switch d := dx[i-1]; {
			case !math.IsNaN(d):
				x += d
			case !noAdvance:
				x += o.width(text[i-1])
			}
			if d := dy[i-1]; !math.IsNaN(d) {
				y += d
			}
		}
		if unmapped(ch) {
			pc.unmapped++
			continue
		}
		adv := o.width(ch)
		if i < n {
			adv = o.advance(ch, dx[i])
		}
		if g, ok := o.glyph(string(ch), x, y, adv); ok {
			pc.glyphs = append(pc.glyphs, g)
		}
	}
	return nil
}

// advance returns the width of a character followed by the offset d to
// the next one: d itself, unless it is wider than the character can be
// (an em, or for a digit or punctuation, all half-width in a Chinese
// font, 0.6 em), and so holds a gap; then the character's estimated width.
func (o *textObject) advance(ch rune, d float64) float64 {
	w := o.width(ch)
	widest := o.size
	if letter := 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z'; w < o.size && !letter {
		widest = 0.6 * o.size
	}
	if d > 0 && d <= widest {
		return d
	}
	return w
}

// width is the width of a character, estimated from the font size: a
// full-width character is as wide as the size, another half as wide. Of
// the characters of ambiguous width, the quotation marks, dashes and dots
// of Chinese text are full-width in Chinese fonts.
func (o *textObject) width(ch rune) float64 {
	if ch < 0x80 {
		return o.size / 2
	}
	switch width.LookupRune(ch).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return o.size
	}
	return o.size / 2
}

// glyph places a character drawn at (x, y) of the object's space with the
// advance adv on the page: its horizontal extent, baseline and size, or
// for vertical or rotated text its bounding box with the baseline at its
// foot (as package pdf does).
func (o *textObject) glyph(text string, x, y, adv float64) (glyphs.Glyph, bool) {
	ox, oy := o.apply(x, y)
	ex, ey := o.apply(x+adv, y)
	ux, uy := o.apply(x, y-o.size) // the top of the character: y grows downwards
	size := math.Hypot(ux-ox, uy-oy)
	if !(size > 0) || math.IsInf(size, 0) {
		return glyphs.Glyph{}, false
	}
	g := glyphs.Glyph{Text: text, Size: size}
	dx, dy := ex-ox, ey-oy
	if dx > 0 && math.Abs(dy) <= 0.05*dx+0.01 && math.Abs(ux-ox) < 0.05*size {
		g.X0, g.X1, g.Y = ox, ex, oy
	} else {
		g.X0 = min(ox, ex, ux, ex+ux-ox)
		g.X1 = max(ox, ex, ux, ex+ux-ox)
		g.Y = max(oy, ey, uy, ey+uy-oy)
	}
	return g, true
}

// unmapped reports whether a character has no Unicode value of its own: a
// code of the Private Use Area, as a font without a Unicode mapping gives,
// or the replacement character.
func unmapped(ch rune) bool {
	return ch >= 0xE000 && ch <= 0xF8FF || ch >= 0xF0000 || ch == 0xFFFD
}

// deltas reads n offsets of a DeltaX or DeltaY attribute: numbers, where
// "g n d" stands for n times d. An offset the attribute does not give is
// NaN.
func deltas(s string, n int) []float64 {
	out := make([]float64, 0, n)
	f := strings.Fields(s)
	for i := 0; i < len(f) && len(out) < n; i++ {
		if f[i] == "g" {
			if i+2 >= len(f) {
				break
			}
			count, err := strconv.Atoi(f[i+1])
			d, ok := number(f[i+2])
			if err != nil || !ok || count < 0 {
				break
			}
			for k := 0; k < count && len(out) < n; k++ {
				out = append(out, d)
			}
			i += 2
			continue
		}
		d, ok := number(f[i])
		if !ok {
			break
		}
		out = append(out, d)
	}
	for len(out) < n {
		out = append(out, math.NaN())
	}
	return out
}
