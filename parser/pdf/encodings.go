package pdf

import (
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// simpleEncoding maps the codes of a simple font to runes (0: unknown).
type simpleEncoding [256]rune

// winAnsi, macRoman and standard are the base encodings of simple fonts.
var (
	winAnsi  = byteEncoding(charmap.Windows1252)
	macRoman = byteEncoding(charmap.Macintosh)
	standard = standardEncoding()
)

func byteEncoding(cm *charmap.Charmap) simpleEncoding {
	var e simpleEncoding
	for c := 32; c < 256; c++ {
		if r := cm.DecodeByte(byte(c)); r != '\uFFFD' {
			e[c] = r
		}
	}
	e[127] = 0
	return e
}

// standardUpper is the upper half of Adobe StandardEncoding.
var standardUpper = map[byte]rune{
	0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ', 0xA7: '§',
	0xA8: '¤', 0xA9: '\'', 0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ',
	0xAF: 'ﬂ', 0xB1: '–', 0xB2: '†', 0xB3: '‡', 0xB4: '·', 0xB6: '¶', 0xB7: '•',
	0xB8: '‚', 0xB9: '„', 0xBA: '”', 0xBB: '»', 0xBC: '…', 0xBD: '‰', 0xBF: '¿',
	0xC1: '`', 0xC2: '´', 0xC3: 'ˆ', 0xC4: '˜', 0xC5: '¯', 0xC6: '˘', 0xC7: '˙',
	0xC8: '¨', 0xCA: '˚', 0xCB: '¸', 0xCD: '˝', 0xCE: '˛', 0xCF: 'ˇ', 0xD0: '—',
	0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł', 0xE9: 'Ø', 0xEA: 'Œ', 0xEB: 'º', 0xF1: 'æ',
	0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß',
}

func standardEncoding() simpleEncoding {
	var e simpleEncoding
	for c := 32; c < 127; c++ {
		e[c] = rune(c)
	}
	e['\''] = '’'
	e['`'] = '‘'
	for c, r := range standardUpper {
		e[c] = r
	}
	return e
}

// asciiNames are the glyph names of the printable ASCII characters.
var asciiNames = strings.Fields(`space exclam quotedbl numbersign dollar percent ampersand quotesingle
parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven
eight nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V
W X Y Z bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o
p q r s t u v w x y z braceleft bar braceright asciitilde`)

// upperNames are the glyph names of WinAnsiEncoding from 0x80 ("" where
// the code is unused).
var upperNames = strings.Fields(`Euro - quotesinglbase florin quotedblbase ellipsis dagger daggerdbl
circumflex perthousand Scaron guilsinglleft OE - Zcaron - - quoteleft quoteright quotedblleft
quotedblright bullet endash emdash tilde trademark scaron guilsinglright oe - zcaron Ydieresis
space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine
guillemotleft logicalnot hyphen registered macron degree plusminus twosuperior threesuperior acute
mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf
threequarters questiondown Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave
Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute
Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn
germandbls agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex
edieresis igrave iacute icircumflex idieresis eth ntilde ograve oacute ocircumflex otilde odieresis
divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis`)

// glyphNames maps glyph names to runes: the names of WinAnsiEncoding and a
// few more that Chinese documents use.
var glyphNames = buildGlyphNames()

func buildGlyphNames() map[string]rune {
	m := map[string]rune{
		"fi": 'ﬁ', "fl": 'ﬂ', "minus": '−', "nbspace": '\u00A0', "sfthyphen": '\u00AD',
		"fraction": '⁄', "dotlessi": 'ı', "Lslash": 'Ł', "lslash": 'ł', "quotereversed": '‛',
		"afii61664": '\u200C', "ideographicspace": '\u3000', "uni3000": '\u3000',
	}
	for i, n := range asciiNames {
		m[n] = rune(32 + i)
	}
	for i, n := range upperNames {
		if _, seen := m[n]; n != "-" && !seen {
			if r := winAnsi[0x80+i]; r != 0 {
				m[n] = r
			}
		}
	}
	return m
}

// glyphRune returns the rune a glyph name stands for: a known name,
// "uniXXXX", "uXXXX[XX]" or "name.suffix".
func glyphRune(name string) (rune, bool) {
	if r, ok := glyphNames[name]; ok {
		return r, true
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		return glyphRune(name[:i])
	}
	for _, p := range []string{"uni", "u"} {
		h, ok := strings.CutPrefix(name, p)
		if !ok || len(h) < 4 || len(h) > 6 || p == "uni" && len(h) != 4 {
			continue
		}
		if v, err := strconv.ParseUint(h, 16, 32); err == nil && v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF) {
			return rune(v), true
		}
	}
	return 0, false
}

// glyphNameText returns the text of a glyph name, or "".
func glyphNameText(name string) string {
	if r, ok := glyphRune(name); ok {
		return string(r)
	}
	return ""
}
