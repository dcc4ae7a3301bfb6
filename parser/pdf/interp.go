package pdf

import (
	"fmt"
	"math"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"github.com/nianbao/nianbao/parser/glyphs"
)

// matrix is an affine transformation [a b c d e f]: a point (x, y) maps
// to (a x + c y + e, b x + d y + f).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m followed by n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// gstate is the graphics state the interpreter tracks.
type gstate struct {
	ctm                   matrix
	font                  *font
	size                  float64
	tc, tw, th, tl, trise float64
}

// pageContent is what the interpreter found on a page.
type pageContent struct {
	// glyphs are in display space: origin at the top left of the page as
	// displayed (after /Rotate), y growing downwards.
	glyphs   []glyphs.Glyph
	images   int // image XObjects and inline images drawn
	unmapped int // glyphs without a Unicode mapping
	width    float64
	height   float64
}

// interp runs the content streams of a page.
type interp struct {
	d       *document
	out     *pageContent
	page    matrix // user space → display space
	g       gstate
	stack   []gstate
	tm, tlm matrix
	active  map[int]bool // form XObjects being run (cycle guard)
	depth   int
}

const (
	maxOperands   = 64
	maxStateDepth = 256
	maxFormDepth  = 12
)

// readPage interprets page n and returns its glyphs.
func (d *document) readPage(n int) (*pageContent, error) {
	p, err := d.page(n)
	if err != nil {
		return nil, err
	}
	out := &pageContent{}
	ip := &interp{d: d, out: out, active: map[int]bool{}}
	ip.page, out.width, out.height = pageMatrix(p.box, p.rotate)
	ip.g = gstate{ctm: identity, th: 1}
	// The streams of an array are one content stream: a token may run on
	// from one into the next.
	var all []byte
	for _, c := range p.contents {
		data, _, err := d.stream(c)
		if err != nil {
			if isLimit(err) {
				return nil, err
			}
			d.damaged(fmt.Sprintf("a content stream of page %d", n), c, err)
			continue
		}
		if len(p.contents) == 1 {
			all = data
			break
		}
		all = append(append(all, data...), '\n')
	}
	if err := ip.run(all, p.resources); err != nil {
		return nil, err
	}
	return out, nil
}

// standIn is the font of text shown without a usable font: its glyphs are
// counted as unreadable rather than guessed.
func standIn() *font {
	return &font{scale: 0.001, height: 1, dw: 1000, missing: 500}
}

// pageMatrix returns the transformation from user space to display space
// and the displayed width and height.
func pageMatrix(box [4]float64, rotate int) (matrix, float64, float64) {
	llx, lly, urx, ury := box[0], box[1], box[2], box[3]
	w, h := urx-llx, ury-lly
	switch rotate {
	case 90:
		return matrix{0, 1, 1, 0, -lly, -llx}, h, w
	case 180:
		return matrix{-1, 0, 0, 1, urx, -lly}, w, h
	case 270:
		return matrix{0, -1, -1, 0, ury, urx}, h, w
	}
	return matrix{1, 0, 0, -1, -llx, ury}, w, h
}

// run interprets one content stream with the given resources.
func (ip *interp) run(data []byte, res types.Dict) error {
	l := &lexer{b: data}
	var args []operand
	d := ip.d
	for {
		tk, op := l.nextObject()
		switch tk {
		case tEOF:
			return nil
		case tDictOpen:
			skipDict(l)
			op = operand{kind: kOther}
			fallthrough
		case tOperand:
			if len(args) < maxOperands {
				args = append(args, op)
			}
			continue
		case tArrayClose, tDictClose:
			continue
		}
		d.ops++
		if d.ops > d.lim.MaxOperators {
			return limitError("content stream operators", d.lim.MaxOperators)
		}
		if d.ops&4095 == 0 {
			if err := d.checkContext(); err != nil {
				return err
			}
		}
		if err := ip.do(op.s, args, res, l); err != nil {
			return err
		}
		args = args[:0]
	}
}

// skipDict moves past a << … >> dictionary in a content stream.
func skipDict(l *lexer) {
	depth := 1
	for depth > 0 {
		tk, _ := l.next()
		switch tk {
		case tEOF:
			return
		case tDictOpen:
			depth++
		case tDictClose:
			depth--
		case tArrayOpen:
			skipArray(l)
		}
	}
}

// nums returns the last n (at most 6) operands, which must be finite
// numbers, in the first n elements of v.
func nums(args []operand, n int) (v [6]float64, ok bool) {
	if len(args) < n {
		return v, false
	}
	for i, a := range args[len(args)-n:] {
		if a.kind != kNumber || math.IsNaN(a.num) || math.IsInf(a.num, 0) {
			return v, false
		}
		v[i] = a.num
	}
	return v, true
}

// last returns the last operand when it is of kind k.
func last(args []operand, k kind) (operand, bool) {
	if len(args) == 0 || args[len(args)-1].kind != k {
		return operand{}, false
	}
	return args[len(args)-1], true
}

// do runs one operator.
func (ip *interp) do(op string, args []operand, res types.Dict, l *lexer) error {
	g := &ip.g
	switch op {
	case "q":
		if len(ip.stack) < maxStateDepth {
			ip.stack = append(ip.stack, *g)
		}
	case "Q":
		if n := len(ip.stack); n > 0 {
			*g = ip.stack[n-1]
			ip.stack = ip.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(args, 6); ok {
			g.ctm = matrix(v).mul(g.ctm)
		}
	case "BT":
		ip.tm, ip.tlm = identity, identity
	case "Tc":
		if v, ok := nums(args, 1); ok {
			g.tc = v[0]
		}
	case "Tw":
		if v, ok := nums(args, 1); ok {
			g.tw = v[0]
		}
	case "Tz":
		if v, ok := nums(args, 1); ok {
			g.th = v[0] / 100
		}
	case "TL":
		if v, ok := nums(args, 1); ok {
			g.tl = v[0]
		}
	case "Ts":
		if v, ok := nums(args, 1); ok {
			g.trise = v[0]
		}
	case "Tf":
		if len(args) >= 2 && args[len(args)-2].kind == kName {
			if v, ok := nums(args, 1); ok {
				g.size = v[0]
			}
			g.font = ip.font(res, args[len(args)-2].s)
		}
	case "Td":
		if v, ok := nums(args, 2); ok {
			ip.move(v[0], v[1])
		}
	case "TD":
		if v, ok := nums(args, 2); ok {
			g.tl = -v[1]
			ip.move(v[0], v[1])
		}
	case "Tm":
		if v, ok := nums(args, 6); ok {
			ip.tm = matrix(v)
			ip.tlm = ip.tm
		}
	case "T*":
		ip.move(0, -g.tl)
	case "'":
		ip.move(0, -g.tl)
		fallthrough
	case "Tj":
		if s, ok := last(args, kString); ok {
			return ip.show(s.s)
		}
	case "\"":
		if s, ok := last(args, kString); ok && len(args) >= 3 {
			if v, ok := nums(args[:len(args)-1], 2); ok {
				g.tw, g.tc = v[0], v[1]
			}
			ip.move(0, -g.tl)
			return ip.show(s.s)
		}
	case "TJ":
		if a, ok := last(args, kArray); ok {
			for _, e := range a.arr {
				switch e.kind {
				case kString:
					if err := ip.show(e.s); err != nil {
						return err
					}
				case kNumber:
					ip.adjust(e.num)
				}
			}
		}
	case "Do":
		if name, ok := last(args, kName); ok {
			return ip.xobject(res, name.s)
		}
	case "BI":
		ip.out.images++
		for {
			tk, o := l.next()
			if tk == tEOF || tk == tOperator && o.s == "ID" {
				break
			}
		}
		l.skipInlineImage()
	}
	return nil
}

// move starts a new line at (tx, ty) from the start of the current one.
func (ip *interp) move(tx, ty float64) {
	ip.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(ip.tlm)
	ip.tm = ip.tlm
}

// adjust applies a TJ number: a shift against the writing direction.
func (ip *interp) adjust(n float64) {
	g := &ip.g
	if math.IsNaN(n) || math.IsInf(n, 0) {
		return
	}
	if g.font != nil && g.font.vertical {
		ip.tm = matrix{1, 0, 0, 1, 0, -n / 1000 * g.size}.mul(ip.tm)
		return
	}
	ip.tm = matrix{1, 0, 0, 1, -n / 1000 * g.size * g.th, 0}.mul(ip.tm)
}

// font returns the font named in the resources, or a stand-in.
func (ip *interp) font(res types.Dict, name string) *font {
	d := ip.d
	fonts := d.dict(res["Font"])
	if fonts == nil || fonts[name] == nil {
		return standIn()
	}
	return d.loadFont(fonts[name])
}

// show shows a string with the current font.
func (ip *interp) show(s string) error {
	g := &ip.g
	f := g.font
	if f == nil {
		f = standIn()
		g.font = f
	}
	d := ip.d
	for c := range f.codes(s) {
		d.glyphs++
		if d.glyphs > d.lim.MaxGlyphs {
			return limitError("glyphs", d.lim.MaxGlyphs)
		}
		// One string may hold most of a page's glyphs: the time allowed
		// is checked within it as between operators.
		if d.glyphs&1023 == 0 {
			if err := d.checkContext(); err != nil {
				return err
			}
		}
		ip.emit(c)
		ip.advance(c)
	}
	return nil
}

// advance moves the text matrix past a glyph.
func (ip *interp) advance(c glyphCode) {
	g := &ip.g
	spacing := g.tc
	if c.space {
		spacing += g.tw
	}
	if g.font.vertical {
		ip.tm = matrix{1, 0, 0, 1, 0, c.w1y*g.size + spacing}.mul(ip.tm)
		return
	}
	ip.tm = matrix{1, 0, 0, 1, (c.w*g.size + spacing) * g.th, 0}.mul(ip.tm)
}

// emit records a glyph at the current text position.
func (ip *interp) emit(c glyphCode) {
	g := &ip.g
	if !c.mapped {
		ip.out.unmapped++
		return
	}
	trm := matrix{g.size * g.th, 0, 0, g.size, 0, g.trise}.mul(ip.tm).mul(g.ctm).mul(ip.page)
	if g.font.vertical {
		// The glyph's origin is the current point less its position vector.
		trm = matrix{1, 0, 0, 1, -c.vx, -c.vy}.mul(trm)
	}
	ox, oy := trm.apply(0, 0)
	ex, ey := trm.apply(c.w, 0)
	ux, uy := trm.apply(0, g.font.height)
	size := math.Hypot(ux-ox, uy-oy)
	if size < 0.5 || size > 1000 || math.IsNaN(size) {
		return
	}
	out := glyphs.Glyph{Text: c.text, Size: size}
	dx, dy := ex-ox, ey-oy
	if !g.font.vertical && dx > 0 && math.Abs(dy) <= 0.05*dx+0.01 && math.Abs(ux-ox) < 0.05*size {
		out.X0, out.X1, out.Y = ox, ex, oy
	} else {
		// Vertical or rotated: its bounding box, the baseline at its foot.
		out.X0 = min(ox, ex, ux, ex+ux-ox)
		out.X1 = max(ox, ex, ux, ex+ux-ox)
		out.Y = max(oy, ey, uy, ey+uy-oy)
	}
	// Drop what lies outside the page.
	if out.X1 < 0 || out.X0 > ip.out.width || out.Y < 0 || out.Y-size > ip.out.height {
		return
	}
	ip.out.glyphs = append(ip.out.glyphs, out)
}

// xobject runs a form XObject or counts an image.
func (ip *interp) xobject(res types.Dict, name string) error {
	d := ip.d
	xobjs := d.dict(res["XObject"])
	if xobjs == nil || xobjs[name] == nil {
		return nil
	}
	ref := xobjs[name]
	sd := d.dict(ref)
	if sd == nil {
		return nil
	}
	switch d.name(sd["Subtype"]) {
	case "Image":
		ip.out.images++
		return nil
	case "Form":
	default:
		return nil
	}
	nr := objNr(ref)
	if ip.depth >= maxFormDepth || nr != 0 && ip.active[nr] {
		return nil
	}
	data, _, err := d.stream(ref)
	if err != nil {
		if isLimit(err) {
			return err
		}
		d.damaged("a form XObject", ref, err)
		return nil
	}
	formRes := d.dict(sd["Resources"])
	if formRes == nil {
		formRes = res
	}
	saved, savedStack, tm, tlm := ip.g, ip.stack, ip.tm, ip.tlm
	if v := d.array(sd["Matrix"]); len(v) == 6 {
		var m matrix
		for i := range m {
			m[i], _ = d.number(v[i])
		}
		ip.g.ctm = m.mul(ip.g.ctm)
	}
	ip.stack = nil
	ip.active[nr] = true
	ip.depth++
	err = ip.run(data, formRes)
	ip.depth--
	delete(ip.active, nr)
	ip.g, ip.stack, ip.tm, ip.tlm = saved, savedStack, tm, tlm
	return err
}
