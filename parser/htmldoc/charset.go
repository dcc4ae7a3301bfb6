package htmldoc

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"

	"github.com/nianbao/nianbao/parser/decode"
)

// ErrNotText is returned for data that does not decode as text.
var ErrNotText = errors.New("not an HTML text file")

// prescanBytes is how much of the page is searched for a declared charset.
const prescanBytes = 64 << 10

// decodePage returns the page as UTF-8 and the name of its encoding in lower
// case. A byte order mark decides; then the charset the page declares
// (<meta charset>, <meta http-equiv="Content-Type">), unless the bytes
// contradict it (a page saved as UTF-8 that still declares gb2312); then
// the encoding the bytes show.
func decodePage(data []byte) (string, string, error) {
	bom := bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	if !bom && bytes.IndexByte(data, 0) < 0 {
		if label := declaredCharset(data); label != "" {
			if enc, name := charset.Lookup(label); enc != nil {
				if s, name, ok := decodeDeclared(data, enc, strings.ToLower(name)); ok {
					return s, name, nil
				}
			}
		}
	}
	res, err := decode.Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("%w: %w", ErrNotText, err)
	}
	return res.Text, res.Encoding, nil
}

// decodeDeclared decodes data in the declared encoding; ok is false when
// the bytes are not in it (more than decode allows do not decode).
func decodeDeclared(data []byte, enc encoding.Encoding, name string) (string, string, bool) {
	if strings.HasPrefix(name, "utf-16") {
		name = decode.UTF8 // a page that could declare it is not UTF-16
	}
	valid := utf8.Valid(data)
	if name == decode.UTF8 {
		return string(data), name, valid
	}
	if valid && hasHighBytes(data) {
		// Re-saved as UTF-8 with the old declaration kept: GBK text is
		// almost never valid UTF-8.
		return string(data), decode.UTF8, true
	}
	res, err := decode.With(data, enc, name)
	if err != nil {
		return "", "", false
	}
	return res.Text, name, true
}

func hasHighBytes(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// declaredCharset returns the charset label the page declares in a <meta>
// element before its body, or "".
func declaredCharset(data []byte) string {
	if len(data) > prescanBytes {
		data = data[:prescanBytes]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if label := metaCharset(z, hasAttr); label != "" {
					return label
				}
			}
		}
	}
}

// metaCharset returns the charset a <meta> element declares, by its
// charset attribute or the charset parameter of its content.
func metaCharset(z *html.Tokenizer, hasAttr bool) string {
	var cs, content string
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "charset":
			cs = strings.TrimSpace(string(v))
		case "content":
			content = string(v)
		}
	}
	if cs != "" {
		return cs
	}
	return charsetParam(content)
}

// charsetParam returns the value of "charset=" in a content attribute
// ("text/html; charset=gb2312"), in lower case. The attribute is lowered
// before it is searched, not only for the search: lowering changes the
// length of non-ASCII text (and of bytes that are not UTF-8), so an offset
// found in the lowered copy does not hold in the original.
func charsetParam(s string) string {
	s = strings.ToLower(s)
	i := strings.Index(s, "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\r\n\f")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.Trim(strings.TrimLeft(s[1:], " \t\r\n\f"), `"'`)
	if end := strings.IndexAny(s, `;"' `+"\t\r\n\f"); end >= 0 {
		s = s[:end]
	}
	return s
}
