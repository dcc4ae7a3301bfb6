package pdf

import (
	"errors"
	"iter"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/unicode/norm"
)

type fontKind uint8

const (
	fontSimple fontKind = iota
	fontType0
	fontType3
)

// predefined is the kind of a predefined CMap a Type0 font is encoded with.
type predefined uint8

const (
	preIdentity  predefined = iota // Identity-H/V: two-byte codes that are CIDs
	preUCS2                        // Uni…-UCS2-H: two-byte Unicode
	preUTF16                       // Uni…-UTF16-H
	preUTF8                        // Uni…-UTF8-H
	preUTF32                       // Uni…-UTF32-H
	preMultiByte                   // GBK-EUC-H, B5pc-H, 90ms-RKSJ-H, KSC-EUC-H, …
	preEmbedded                    // a CMap stream
)

// font is what the interpreter needs of a font: how to cut a string into
// codes, each code's text and width.
type font struct {
	kind     fontKind
	toUni    *cmap
	enc      *cmap // embedded encoding CMap of a Type0 font
	pre      predefined
	charset  encoding.Encoding // of a preMultiByte CMap
	lead     func(b byte) bool // whether b starts a two-byte code
	simple   simpleEncoding
	first    int
	widths   []float64
	missing  float64
	dw       float64
	w        map[uint32]float64
	wRanges  []widthRange
	vertical bool
	dw2      [2]float64 // vy, w1y
	w2       map[uint32][3]float64
	// scale converts glyph units to text space: 1/1000, or a Type3
	// font's FontMatrix.
	scale float64
	// gidRune maps glyphs of an embedded TrueType program to characters,
	// and cidToGID CIDs to its glyphs (nil: the identity), for a composite
	// font without a ToUnicode CMap.
	gidRune  map[uint16]rune
	cidToGID []uint16
	// height is the height of an em in text space units: 1, or what a
	// Type3 font's FontBBox and FontMatrix make it.
	height float64
}

type widthRange struct {
	lo, hi uint32
	w      float64
}

// glyphCode is one code of a shown string.
type glyphCode struct {
	text string
	// w is the horizontal advance (w1y the vertical one), in text space
	// units for a font size of 1.
	w, w1y float64
	// vx, vy is the position vector of a vertical font's glyph.
	vx, vy float64
	// space is a single-byte code 32, to which word spacing applies.
	space  bool
	mapped bool
}

// loadFont reads a font dictionary, cached by object number.
func (d *document) loadFont(o types.Object) *font {
	nr := objNr(o)
	if f, ok := d.fonts[nr]; ok && nr != 0 {
		return f
	}
	fd := d.dict(o)
	if fd == nil {
		d.damaged("a font", o, errors.New("missing"))
	}
	f := d.readFont(fd)
	if nr != 0 {
		d.fonts[nr] = f
	}
	return f
}

func (d *document) readFont(fd types.Dict) *font {
	f := &font{scale: 0.001, height: 1, dw: 1000, dw2: [2]float64{880, -1000}}
	if fd == nil {
		f.simple = standard
		return f
	}
	if u := fd["ToUnicode"]; u != nil && d.name(u) == "" {
		data, _, err := d.stream(u)
		if err != nil {
			d.damaged("a ToUnicode CMap", u, err)
		} else {
			f.toUni = parseCMap(data)
		}
	}
	switch d.name(fd["Subtype"]) {
	case "Type0":
		f.kind = fontType0
		d.readType0(f, fd)
	case "Type3":
		f.kind = fontType3
		if m := d.array(fd["FontMatrix"]); len(m) == 6 {
			if v, ok := d.number(m[0]); ok && v != 0 {
				f.scale = v
			}
			if v, ok := d.number(m[3]); ok && v != 0 {
				h := 1000.0
				if b := d.array(fd["FontBBox"]); len(b) == 4 {
					y0, _ := d.number(b[1])
					y1, _ := d.number(b[3])
					if y1 != y0 {
						h = y1 - y0
					}
				}
				f.height = min(max(math.Abs(h*v), 0.01), 100)
			}
		}
		d.readSimple(f, fd)
	default:
		d.readSimple(f, fd)
	}
	return f
}

// readSimple reads the encoding and widths of a one-byte font.
func (d *document) readSimple(f *font, fd types.Dict) {
	desc := d.dict(fd["FontDescriptor"])
	symbolic := false
	if desc != nil {
		if v, ok := d.number(desc["Flags"]); ok {
			symbolic = int(v)&4 != 0
		}
		if v, ok := d.number(desc["MissingWidth"]); ok {
			f.missing = v
		}
	}
	base := standard
	if d.name(fd["Subtype"]) == "TrueType" || symbolic {
		base = winAnsi
	}
	encObj := d.resolve(fd["Encoding"])
	var diffs types.Array
	switch e := encObj.(type) {
	case types.Name:
		base = namedEncoding(string(e), base)
	case types.Dict:
		base = namedEncoding(d.name(e["BaseEncoding"]), base)
		diffs = d.array(e["Differences"])
	}
	f.simple = base
	code := 0
	for _, x := range diffs {
		switch v := d.resolve(x).(type) {
		case types.Integer:
			code = int(v)
		case types.Float:
			code = int(v)
		case types.Name:
			if code >= 0 && code < 256 {
				if r, ok := glyphRune(string(v)); ok {
					f.simple[code] = r
				}
			}
			code++
		}
	}
	if v, ok := d.number(fd["FirstChar"]); ok {
		f.first = int(v)
	}
	for i, x := range d.array(fd["Widths"]) {
		if i >= 256 {
			break
		}
		v, _ := d.number(x)
		f.widths = append(f.widths, v)
	}
	if f.widths == nil && f.missing == 0 {
		f.missing = 500
		if strings.Contains(d.name(fd["BaseFont"]), "Courier") {
			f.missing = 600
		}
	}
}

func namedEncoding(name string, def simpleEncoding) simpleEncoding {
	switch name {
	case "WinAnsiEncoding":
		return winAnsi
	case "MacRomanEncoding", "MacExpertEncoding":
		return macRoman
	case "StandardEncoding":
		return standard
	}
	return def
}

// readType0 reads the CMap and the CID font of a composite font.
func (d *document) readType0(f *font, fd types.Dict) {
	switch e := d.resolve(fd["Encoding"]).(type) {
	case types.Name:
		d.predefinedCMap(f, string(e))
	default:
		if data, sd, err := d.stream(fd["Encoding"]); err == nil {
			f.pre = preEmbedded
			f.enc = parseCMap(data)
			if v, ok := d.number(sd["WMode"]); ok && v == 1 || f.enc.vertical {
				f.vertical = true
			}
			if len(f.enc.space) == 0 && f.enc.useCMap != "" {
				d.predefinedCMap(f, f.enc.useCMap)
				f.enc = nil
			}
		}
	}
	desc := d.array(fd["DescendantFonts"])
	if len(desc) == 0 {
		return
	}
	cf := d.dict(desc[0])
	if cf == nil {
		return
	}
	if v, ok := d.number(cf["DW"]); ok {
		f.dw = v
	}
	f.w, f.wRanges = d.readW(d.array(cf["W"]))
	if a := d.array(cf["DW2"]); len(a) == 2 {
		vy, _ := d.number(a[0])
		w1, _ := d.number(a[1])
		f.dw2 = [2]float64{vy, w1}
	}
	if f.vertical {
		f.w2 = d.readW2(d.array(cf["W2"]))
	}
	if f.toUni == nil && f.pre == preIdentity {
		d.readEmbeddedCmap(f, cf)
	}
}

// readEmbeddedCmap reads, for a composite font without a ToUnicode CMap,
// the Unicode mapping of its embedded TrueType program: each glyph's
// character, found by looking up the characters Chinese reports use.
func (d *document) readEmbeddedCmap(f *font, cf types.Dict) {
	desc := d.dict(cf["FontDescriptor"])
	if desc == nil || desc["FontFile2"] == nil {
		return
	}
	data, _, err := d.stream(desc["FontFile2"])
	if err != nil {
		return
	}
	tt, err := sfnt.Parse(data)
	if err != nil {
		return
	}
	if m := cf["CIDToGIDMap"]; m != nil && d.name(m) == "" {
		if b, _, err := d.stream(m); err == nil {
			f.cidToGID = make([]uint16, len(b)/2)
			for i := range f.cidToGID {
				f.cidToGID[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			}
		}
	}
	f.gidRune = map[uint16]rune{}
	var buf sfnt.Buffer
	for _, rg := range lookupRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			gid, err := tt.GlyphIndex(&buf, r)
			if err != nil || gid == 0 {
				continue
			}
			if _, seen := f.gidRune[uint16(gid)]; !seen {
				f.gidRune[uint16(gid)] = r
			}
		}
	}
}

// lookupRanges are the characters looked up in an embedded font's cmap:
// ASCII, Latin-1, punctuation, enclosed and full-width forms, CJK.
var lookupRanges = [][2]rune{
	{0x20, 0x7E}, {0xA0, 0xFF}, {0x2000, 0x206F}, {0x2150, 0x218F}, {0x2460, 0x24FF},
	{0x3000, 0x303F}, {0x3200, 0x32FF}, {0x4E00, 0x9FFF}, {0xFF00, 0xFFEF},
}

// predefinedCMap sets up a font encoded with a predefined CMap.
func (d *document) predefinedCMap(f *font, name string) {
	f.vertical = strings.HasSuffix(name, "-V")
	twoByte := func(lo1, hi1, lo2, hi2 byte) func(byte) bool {
		return func(b byte) bool { return b >= lo1 && b <= hi1 || b >= lo2 && b <= hi2 }
	}
	switch {
	case strings.HasPrefix(name, "Identity-"):
		f.pre = preIdentity
	case strings.Contains(name, "UCS2"):
		f.pre = preUCS2
	case strings.Contains(name, "UTF16"):
		f.pre = preUTF16
	case strings.Contains(name, "UTF8"):
		f.pre = preUTF8
	case strings.Contains(name, "UTF32"):
		f.pre = preUTF32
	case strings.HasPrefix(name, "GB"):
		f.pre, f.charset, f.lead = preMultiByte, simplifiedchinese.GB18030, twoByte(0x81, 0xFE, 0x81, 0xFE)
	case strings.Contains(name, "B5"), strings.HasPrefix(name, "CNS"):
		f.pre, f.charset, f.lead = preMultiByte, traditionalchinese.Big5, twoByte(0x81, 0xFE, 0x81, 0xFE)
	case strings.Contains(name, "RKSJ"):
		f.pre, f.charset, f.lead = preMultiByte, japanese.ShiftJIS, twoByte(0x81, 0x9F, 0xE0, 0xFC)
	case strings.HasPrefix(name, "EUC-"):
		f.pre, f.charset, f.lead = preMultiByte, japanese.EUCJP, twoByte(0x8E, 0x8F, 0xA1, 0xFE)
	case strings.HasPrefix(name, "KSC"):
		f.pre, f.charset, f.lead = preMultiByte, korean.EUCKR, twoByte(0x81, 0xFE, 0x81, 0xFE)
	default:
		f.pre = preIdentity
	}
}

// readW reads a CIDFont's W array: "c [w1 w2 …]" and "c1 c2 w" entries.
func (d *document) readW(a types.Array) (map[uint32]float64, []widthRange) {
	m := map[uint32]float64{}
	var ranges []widthRange
	for i := 0; i < len(a) && len(m)+len(ranges) < maxCMapEntries; {
		c, ok := d.number(a[i])
		if !ok || c < 0 {
			return m, ranges
		}
		if i+1 < len(a) {
			if list := d.array(a[i+1]); list != nil {
				for k, x := range list {
					if len(m) >= maxCMapEntries {
						break
					}
					v, _ := d.number(x)
					m[uint32(c)+uint32(k)] = v
				}
				i += 2
				continue
			}
		}
		if i+2 >= len(a) {
			return m, ranges
		}
		hi, ok1 := d.number(a[i+1])
		w, ok2 := d.number(a[i+2])
		if ok1 && ok2 && hi >= c {
			ranges = append(ranges, widthRange{uint32(c), uint32(hi), w})
		}
		i += 3
	}
	return m, ranges
}

// readW2 reads the vertical metrics of a CIDFont: "c [w1y vx vy …]" and
// "c1 c2 w1y vx vy" entries.
func (d *document) readW2(a types.Array) map[uint32][3]float64 {
	m := map[uint32][3]float64{}
	for i := 0; i < len(a) && len(m) < maxCMapEntries; {
		c, ok := d.number(a[i])
		if !ok || c < 0 {
			return m
		}
		if i+1 < len(a) {
			if list := d.array(a[i+1]); list != nil {
				for k := 0; k+2 < len(list); k += 3 {
					w1, _ := d.number(list[k])
					vx, _ := d.number(list[k+1])
					vy, _ := d.number(list[k+2])
					m[uint32(c)+uint32(k/3)] = [3]float64{w1, vx, vy}
				}
				i += 2
				continue
			}
		}
		if i+4 >= len(a) {
			return m
		}
		hi, _ := d.number(a[i+1])
		w1, _ := d.number(a[i+2])
		vx, _ := d.number(a[i+3])
		vy, _ := d.number(a[i+4])
		// Stepped as integers: a float64 beyond 2⁵³ does not move by 1.
		lo, top := int64(min(c, math.MaxUint32+1)), int64(min(hi, math.MaxUint32))
		for cid := lo; cid <= top && len(m) < maxCMapEntries; cid++ {
			m[uint32(cid)] = [3]float64{w1, vx, vy}
		}
		i += 5
	}
	return m
}

// codes cuts a shown string into codes and yields each one's glyph.
func (f *font) codes(s string) iter.Seq[glyphCode] {
	return func(yield func(glyphCode) bool) {
		for len(s) > 0 {
			n := f.codeLen(s)
			if !yield(f.glyph(s[:n])) {
				return
			}
			s = s[n:]
		}
	}
}

// codeLen returns the length of the code at the start of s.
func (f *font) codeLen(s string) int {
	n := 1
	switch {
	case f.kind != fontType0:
		return 1
	case f.enc != nil && len(f.enc.space) > 0:
		if k := f.enc.split(s); k > 0 {
			n = k
		}
	case f.pre == preUTF16:
		n = 2
		if len(s) >= 4 && s[0] >= 0xD8 && s[0] <= 0xDB {
			n = 4
		}
	case f.pre == preUTF8:
		if _, k := utf8.DecodeRuneInString(s); k > 0 {
			n = k
		}
	case f.pre == preUTF32:
		n = 4
	case f.pre == preMultiByte:
		if f.lead(s[0]) {
			n = 2
		}
	default:
		n = 2
	}
	return min(n, len(s))
}

// glyph returns the text and metrics of one code, of 1 to 4 bytes.
func (f *font) glyph(raw string) glyphCode {
	code, n := codeOf(raw), len(raw)
	g := glyphCode{space: n == 1 && code == 32}
	if f.toUni != nil {
		if t, ok := f.toUni.text(code, n); ok && t != "" {
			g.text, g.mapped = t, true
		}
	}
	if !g.mapped {
		g.text = f.fallbackText(raw, code)
		g.mapped = g.text != ""
	}
	g.text = unifyHan(g.text)
	if f.kind != fontType0 {
		w := f.missing
		if k := int(code) - f.first; k >= 0 && k < len(f.widths) {
			w = f.widths[k]
		}
		g.w = w * f.scale
		return g
	}
	cid, known := code, true
	switch f.pre {
	case preIdentity:
	case preEmbedded:
		cid, known = f.enc.cid(code, n)
	default:
		known = false
	}
	w := f.dw
	if known {
		if v, ok := f.w[cid]; ok {
			w = v
		} else {
			for _, r := range f.wRanges {
				if cid >= r.lo && cid <= r.hi {
					w = r.w
					break
				}
			}
		}
	} else if n == 1 {
		w = f.dw / 2
	}
	g.w = w * f.scale
	if f.vertical {
		g.w1y, g.vx, g.vy = f.dw2[1]*f.scale, w/2*f.scale, f.dw2[0]*f.scale
		if m, ok := f.w2[cid]; ok && known {
			g.w1y, g.vx, g.vy = m[0]*f.scale, m[1]*f.scale, m[2]*f.scale
		}
	}
	return g
}

// fallbackText decodes a code without a ToUnicode mapping.
func (f *font) fallbackText(raw string, code uint32) string {
	if f.kind != fontType0 {
		if r := f.simple[code&0xFF]; r != 0 {
			return string(r)
		}
		return ""
	}
	switch f.pre {
	case preIdentity:
		if f.gidRune != nil {
			gid := uint16(code)
			if f.cidToGID != nil {
				if int(code) >= len(f.cidToGID) {
					return ""
				}
				gid = f.cidToGID[code]
			}
			if r, ok := f.gidRune[gid]; ok {
				return string(r)
			}
		}
	case preUCS2:
		if r := rune(code); len(raw) == 2 && utf8.ValidRune(r) {
			return string(r)
		}
	case preUTF16:
		return string(utf16.Decode(utf16Units(raw)))
	case preUTF8:
		if utf8.ValidString(raw) {
			return raw
		}
	case preUTF32:
		if r := rune(code); utf8.ValidRune(r) {
			return string(r)
		}
	case preMultiByte:
		if out, err := f.charset.NewDecoder().String(raw); err == nil && !strings.ContainsRune(out, utf8.RuneError) {
			return out
		}
	}
	return ""
}

// unifyHan maps Kangxi radicals and CJK compatibility ideographs, which some
// producers' ToUnicode CMaps give for ordinary characters ("⾏" for "行"),
// to the unified ideographs they stand for.
func unifyHan(s string) string {
	for _, r := range s {
		if isCompatHan(r) {
			return strings.Map(func(r rune) rune {
				if !isCompatHan(r) {
					return r
				}
				if u := []rune(norm.NFKC.String(string(r))); len(u) == 1 {
					return u[0]
				}
				return r
			}, s)
		}
	}
	return s
}

func isCompatHan(r rune) bool {
	return r >= 0x2E80 && r <= 0x2FDF || r >= 0xF900 && r <= 0xFAFF || r >= 0x2F800 && r <= 0x2FA1F
}
