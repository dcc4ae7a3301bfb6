package htmldoc

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/nianbao/nianbao/parser/layout"
)

// Limits that keep hostile pages in bounded time and memory.
const (
	// maxDepth is how deeply elements nest in the tree; deeper elements are
	// read as flat text (block elements still end lines).
	maxDepth = 256
	// maxNodes bounds the elements and text runs of a page.
	maxNodes = 500_000
	// maxInput bounds the decoded page (offsets are stored as int32).
	maxInput = 1 << 30
)

// ErrTooComplex is returned for a page with more elements and text runs
// than any report page has.
var ErrTooComplex = errors.New("HTML too complex")

type nodeKind uint8

const (
	elementNode nodeKind = iota
	textNode
	breakNode // a block boundary of an element nested too deeply to keep
)

// node flags.
const (
	flagHidden   uint8 = 1 << iota // not rendered: script, style, display:none…
	flagBlock                      // ends lines
	flagPre                        // keeps white space and line breaks
	flagHasTable                   // a table is among the descendants
	flagChrome                     // site header, footer or navigation
)

// node is an element, a run of text or a break, stored in document order
// so that a subtree is the contiguous range [i, end].
type node struct {
	tag                      string // lower case; "" for text and breaks
	kind                     nodeKind
	flags                    uint8
	parent, first, last, nxt int32
	end                      int32 // index of the last descendant
	start, stop              int32 // a text node's byte range in the source
	pos                      layout.Pos
	rowspan, colspan         int32
	textLen                  int32  // visible non-space bytes in the subtree
	anchors                  uint16 // report anchors found in the subtree
}

// tree is a page parsed into nodes. Node 0 is the root.
type tree struct {
	src   string
	nodes []node
	title int32 // the first <title> element, or -1
	// flattened counts elements read as flat text for nesting too deep.
	flattened int
	// lines is the number of lines of src.
	lines int
}

var (
	voidTags = set("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
		"link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame")
	// rawTags are the elements whose content the tokenizer reads as raw
	// text up to their end tag, also when written self-closing.
	rawTags    = set("script", "style", "title", "textarea", "iframe", "noembed", "noframes", "noscript", "xmp", "plaintext")
	hiddenTags = set("script", "style", "template", "noscript", "iframe", "noembed", "noframes",
		"object", "embed", "applet", "canvas", "svg", "math", "select", "textarea", "button",
		"input", "audio", "video", "map", "title", "datalist")
	blockTags = set("address", "article", "aside", "blockquote", "body", "caption", "center",
		"dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
		"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
		"legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
		"table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp", "plaintext")
	preTags = set("pre", "listing", "xmp", "plaintext")
	// closesP are the start tags that close an open <p>.
	closesP = set("address", "article", "aside", "blockquote", "center", "details", "dialog",
		"dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
		"h3", "h4", "h5", "h6", "header", "hgroup", "hr", "listing", "main", "menu", "nav", "ol",
		"p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "xmp", "plaintext")
	// scopeTags bound the search for an element to close.
	scopeTags      = set("html", "table", "td", "th", "caption", "template", "object", "marquee", "applet", "button")
	tableScopeTags = set("html", "table", "template")
	tableParts     = set("td", "th", "tr", "tbody", "thead", "tfoot", "caption")
	headingTags    = set("h1", "h2", "h3", "h4", "h5", "h6")
	chromeTags     = set("header", "footer", "nav", "aside")
	// chromeWords, as words of a class or id name, mark the page's chrome.
	chromeWords = set("header", "footer", "foot", "nav", "navbar", "navigation", "menu",
		"breadcrumb", "crumb", "copyright", "share", "bottom", "sidebar", "qrcode")
)

// isChromeName reports whether a class or id names a part of the page's
// chrome (header, footer, navigation, share widgets): one of its words,
// split at spaces, '-' and '_', is a chrome word.
func isChromeName(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' }) {
		if chromeWords[w] {
			return true
		}
	}
	return false
}

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// builder turns the token stream into a tree, closing elements the way
// browsers do for the cases report pages need (paragraphs, list items,
// table rows and cells), with the depth of the tree bounded.
type builder struct {
	t     *tree
	stack []int32 // open elements, stack[0] = root
	// topOf gives, per tag, the stack index of the top-most open element
	// with that tag; prevSame links to the next one down.
	topOf    map[string]int
	prevSame []int
	// scopeAt/tableAt give, per stack index, the nearest scope or table
	// scope boundary at or below it.
	scopeAt, tableAt []int
	// overflow counts start tags read flat for nesting too deep and not yet
	// closed.
	overflow int
	// skipRaw drops the raw content of a script or style read flat.
	skipRaw bool
	cur     cursor
}

// buildTree tokenizes src into a tree.
func buildTree(src string) (*tree, error) {
	if len(src) >= maxInput {
		return nil, fmt.Errorf("%w: page too large (%d MB)", ErrTooComplex, len(src)>>20)
	}
	t := &tree{src: src, title: -1}
	b := &builder{t: t, topOf: map[string]int{}, cur: cursor{src: src, pos: layout.Pos{Line: 1, Col: 1}}}
	t.nodes = append(t.nodes, node{tag: "html", kind: elementNode, parent: -1, first: -1, last: -1, nxt: -1, flags: flagBlock, pos: layout.Pos{Line: 1, Col: 1}})
	b.stack = []int32{0}
	b.prevSame = []int{-1}
	b.scopeAt = []int{0}
	b.tableAt = []int{0}
	b.topOf["html"] = 0

	z := html.NewTokenizer(strings.NewReader(src))
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw()) // before TagName/TagAttr, which change the buffer
		b.cur.advance(off)
		start, pos := off, b.cur.pos
		off += n
		var err error
		switch tt {
		case html.TextToken:
			if !b.skipRaw {
				err = b.text(start, off, pos)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			err = b.startTag(z, tt == html.SelfClosingTagToken, pos)
		case html.EndTagToken:
			name, _ := z.TagName()
			err = b.endTag(tagName(name), pos)
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			b.skipRaw = false
		}
		if err != nil {
			return nil, err
		}
	}
	b.cur.advance(len(src))
	// A line break at the very end starts no line.
	switch {
	case src == "":
		t.lines = 0
	case strings.HasSuffix(src, "\n") || strings.HasSuffix(src, "\r"):
		t.lines = b.cur.pos.Line - 1
	default:
		t.lines = b.cur.pos.Line
	}
	t.finish()
	return t, nil
}

// tagName interns a lower-case tag name.
func tagName(name []byte) string {
	if a := atom.Lookup(name); a != 0 {
		return a.String()
	}
	return string(name)
}

// add appends a node as the last child of the current element.
func (b *builder) add(n node) (int32, error) {
	if len(b.t.nodes) >= maxNodes {
		return 0, fmt.Errorf("%w: more than %d elements and text runs", ErrTooComplex, maxNodes)
	}
	p := b.stack[len(b.stack)-1]
	i := int32(len(b.t.nodes))
	n.parent, n.first, n.last, n.nxt = p, -1, -1, -1
	b.t.nodes = append(b.t.nodes, n)
	parent := &b.t.nodes[p]
	if parent.last >= 0 {
		b.t.nodes[parent.last].nxt = i
	} else {
		parent.first = i
	}
	parent.last = i
	return i, nil
}

func (b *builder) text(start, stop int, pos layout.Pos) error {
	_, err := b.add(node{kind: textNode, start: int32(start), stop: int32(stop), pos: pos})
	return err
}

// addBreak records a block boundary of an element read flat, once for a
// run of them.
func (b *builder) addBreak(pos layout.Pos) error {
	p := b.stack[len(b.stack)-1]
	if last := b.t.nodes[p].last; last >= 0 && b.t.nodes[last].kind == breakNode {
		return nil
	}
	_, err := b.add(node{kind: breakNode, pos: pos})
	return err
}

func (b *builder) startTag(z *html.Tokenizer, selfClosing bool, pos layout.Pos) error {
	name, hasAttr := z.TagName()
	tag := tagName(name)
	n := node{tag: tag, kind: elementNode, pos: pos, rowspan: 1, colspan: 1}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		n.attr(string(k), v)
	}
	if hiddenTags[tag] {
		n.flags |= flagHidden
	}
	if blockTags[tag] {
		n.flags |= flagBlock
	}
	if preTags[tag] {
		n.flags |= flagPre
	}
	switch {
	case chromeTags[tag]:
		n.flags |= flagChrome
	case tag == "html" || tag == "body" || tag == "main":
		n.flags &^= flagChrome // whatever their class says
	}
	void := voidTags[tag] || selfClosing && !rawTags[tag]
	// Inside elements read flat, nothing closes: the elements a start tag
	// would close lie outside them.
	if b.overflow == 0 {
		b.closeImplied(tag)
	}
	if !void && (b.overflow > 0 || len(b.stack) >= maxDepth) {
		b.overflow++
		b.t.flattened++
		b.skipRaw = rawTags[tag]
		if n.flags&flagBlock != 0 {
			return b.addBreak(pos)
		}
		return nil
	}
	i, err := b.add(n)
	if err != nil {
		return err
	}
	if tag == "title" && b.t.title < 0 {
		b.t.title = i
	}
	if !void {
		b.push(i, tag)
	}
	return nil
}

// attr records the attributes nianbao reads.
func (n *node) attr(key string, val []byte) {
	switch key {
	case "hidden":
		n.flags |= flagHidden
	case "style":
		s := strings.ToLower(strings.Join(strings.Fields(string(val)), ""))
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			n.flags |= flagHidden
		}
	case "class", "id":
		if isChromeName(strings.ToLower(string(val))) {
			n.flags |= flagChrome
		}
	case "rowspan":
		n.rowspan = spanValue(val, 0, 65534) // 0: to the end of the table
	case "colspan":
		n.colspan = spanValue(val, 1, 1000)
	}
}

// spanValue parses a rowspan or colspan as browsers do: leading digits,
// 1 when there are none, kept between lo and hi.
func spanValue(val []byte, lo, hi int) int32 {
	s := strings.TrimSpace(string(val))
	k := 0
	for k < len(s) && k < 9 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	v, err := strconv.Atoi(s[:k])
	if err != nil {
		return 1
	}
	return int32(min(max(v, lo), hi))
}

func (b *builder) push(i int32, tag string) {
	k := len(b.stack)
	b.stack = append(b.stack, i)
	prev, ok := b.topOf[tag]
	if !ok {
		prev = -1
	}
	b.prevSame = append(b.prevSame, prev)
	b.topOf[tag] = k
	sc, tb := b.scopeAt[k-1], b.tableAt[k-1]
	if scopeTags[tag] {
		sc = k
	}
	if tableScopeTags[tag] {
		tb = k
	}
	b.scopeAt = append(b.scopeAt, sc)
	b.tableAt = append(b.tableAt, tb)
}

// popTo closes the element at stack index k and everything above it.
func (b *builder) popTo(k int) {
	for len(b.stack) > k && len(b.stack) > 1 {
		top := len(b.stack) - 1
		tag := b.t.nodes[b.stack[top]].tag
		if prev := b.prevSame[top]; prev >= 0 {
			b.topOf[tag] = prev
		} else {
			delete(b.topOf, tag)
		}
		b.stack = b.stack[:top]
		b.prevSame = b.prevSame[:top]
		b.scopeAt = b.scopeAt[:top]
		b.tableAt = b.tableAt[:top]
	}
}

// open returns the stack index of the top-most open element with tag, or -1.
func (b *builder) open(tag string) int {
	if k, ok := b.topOf[tag]; ok {
		return k
	}
	return -1
}

func (b *builder) scope() int      { return b.scopeAt[len(b.stack)-1] }
func (b *builder) tableScope() int { return b.tableAt[len(b.stack)-1] }

// inTable returns the stack index of the innermost open table element
// (table, tbody, tr, td…) of tag kind, when it belongs to the current table.
func (b *builder) inTable(tag string) int {
	if k := b.open(tag); k > b.tableScope() {
		return k
	}
	return -1
}

// closeImplied closes the elements a start tag ends: an open paragraph, the
// previous list item, row or cell.
func (b *builder) closeImplied(tag string) {
	switch tag {
	case "td", "th":
		if k := max(b.inTable("td"), b.inTable("th")); k > 0 {
			b.popTo(k)
		}
		b.ensureRow()
		return
	case "tr":
		if k := b.inTable("tr"); k > 0 {
			b.popTo(k)
		}
		return
	case "tbody", "thead", "tfoot":
		k := -1
		for _, t := range []string{"tr", "tbody", "thead", "tfoot"} {
			if j := b.inTable(t); j > 0 && (k < 0 || j < k) {
				k = j
			}
		}
		if k > 0 {
			b.popTo(k)
		}
		return
	case "li":
		if k := b.open("li"); k > b.scope() && k > b.open("ul") && k > b.open("ol") {
			b.popTo(k)
		}
	case "dd", "dt":
		if k := max(b.open("dd"), b.open("dt")); k > b.scope() && k > b.open("dl") {
			b.popTo(k)
		}
	}
	if closesP[tag] {
		if k := b.open("p"); k > b.scope() {
			b.popTo(k)
		}
	}
	if headingTags[tag] {
		if top := b.t.nodes[b.stack[len(b.stack)-1]].tag; headingTags[top] {
			b.popTo(len(b.stack) - 1)
		}
	}
}

// ensureRow opens an implied <tr> for a cell written straight into a table.
func (b *builder) ensureRow() {
	tb := b.tableScope()
	if tb == 0 || b.inTable("tr") > 0 {
		return
	}
	pos := b.t.nodes[b.stack[len(b.stack)-1]].pos
	i, err := b.add(node{tag: "tr", kind: elementNode, flags: flagBlock, pos: pos, rowspan: 1, colspan: 1})
	if err == nil && len(b.stack) < maxDepth {
		b.push(i, "tr")
	}
}

func (b *builder) endTag(tag string, pos layout.Pos) error {
	if b.overflow > 0 {
		b.overflow--
		if blockTags[tag] {
			return b.addBreak(pos)
		}
		return nil
	}
	switch tag {
	case "br":
		// </br> is read as <br>.
		_, err := b.add(node{tag: "br", kind: elementNode, pos: pos})
		return err
	case "html", "body":
		// Content after them still belongs to the page.
		return nil
	}
	k := b.open(tag)
	var ok bool
	switch {
	case k <= 0:
		ok = false
	case tag == "table":
		ok = true
	case tableParts[tag]:
		ok = k > b.tableScope()
	default:
		ok = k > b.scope() || k == b.scope() && scopeTags[tag]
	}
	if ok {
		b.popTo(k)
		return nil
	}
	if tag == "p" {
		// A stray </p> makes an empty paragraph: a line break.
		_, err := b.add(node{tag: "br", kind: elementNode, pos: pos})
		return err
	}
	return nil
}

// finish computes, bottom-up, each node's subtree end, visible text length
// and whether it holds a table.
func (t *tree) finish() {
	for i := range t.nodes {
		t.nodes[i].end = int32(i)
	}
	for i := len(t.nodes) - 1; i > 0; i-- {
		n := &t.nodes[i]
		if n.kind == textNode {
			n.textLen = int32(nonSpace(t.src[n.start:n.stop]))
		}
		if n.flags&flagHidden != 0 {
			n.textLen = 0
		}
		p := &t.nodes[n.parent]
		p.end = max(p.end, n.end)
		p.textLen += n.textLen
		if n.tag == "table" || n.flags&flagHasTable != 0 {
			p.flags |= flagHasTable
		}
	}
}

// nonSpace counts the bytes of s that are not HTML white space.
func nonSpace(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isHTMLSpace(s[i]) {
			n++
		}
	}
	return n
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// cursor walks the source forward, keeping the line and column (in code
// points) of the byte at off. Line breaks are LF, CRLF and a lone CR.
type cursor struct {
	src string
	off int
	pos layout.Pos
}

// advance moves the cursor to byte offset to.
func (c *cursor) advance(to int) {
	for c.off < to {
		c.step()
	}
}

// step moves the cursor past one byte.
func (c *cursor) step() {
	b := c.src[c.off]
	switch {
	case b == '\n':
		c.pos.Line++
		c.pos.Col = 1
	case b == '\r':
		if c.off+1 < len(c.src) && c.src[c.off+1] == '\n' {
			c.pos.Col++
		} else {
			c.pos.Line++
			c.pos.Col = 1
		}
	case b < 0x80 || b >= 0xC0:
		c.pos.Col++
	}
	c.off++
}
