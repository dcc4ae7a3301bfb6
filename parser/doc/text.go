package doc

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// piece is one entry of the piece table ([MS-DOC] 2.9.177 Pcd): characters
// cp to cpEnd are stored from byte off of the WordDocument stream.
type piece struct {
	cp, cpEnd  uint32
	off        uint32
	compressed bool // one byte per character, else UTF-16LE
	prm        uint16
}

// readPieces reads the piece table of the Clx in the table stream and the
// Prcs before it ([MS-DOC] 2.9.38), checking that every piece lies in wd.
func readPieces(f *fib, wd, table []byte, lim Limits) ([]piece, [][]byte, error) {
	fc, lcb := f.pair(pairClx)
	if lcb == 0 {
		return nil, nil, fmt.Errorf("%w: the document has no piece table (Clx)", ErrDamaged)
	}
	clx, err := slice(table, fc, lcb, "piece table (Clx)", f.tableName())
	if err != nil {
		return nil, nil, err
	}
	var prcs [][]byte
	for len(clx) > 0 && clx[0] == 0x01 { // Prc: clxt, cbGrpprl, GrpPrl
		if len(clx) < 3 || 3+int(le16(clx[1:])) > len(clx) {
			return nil, nil, fmt.Errorf("%w: the piece table (Clx) is cut short", ErrDamaged)
		}
		n := int(le16(clx[1:]))
		prcs = append(prcs, clx[3:3+n])
		clx = clx[3+n:]
	}
	if len(clx) < 5 || clx[0] != 0x02 { // Pcdt: clxt, lcb, PlcPcd
		return nil, nil, fmt.Errorf("%w: the piece table (Clx) has no list of pieces (Pcdt)", ErrDamaged)
	}
	plc := clx[5:]
	if n := le32(clx[1:]); uint64(n) < uint64(len(plc)) {
		plc = plc[:n]
	}
	if len(plc) < 16 || (len(plc)-4)%12 != 0 {
		return nil, nil, fmt.Errorf("%w: the list of pieces (PlcPcd) has an impossible size (%d bytes)", ErrDamaged, len(plc))
	}
	n := (len(plc) - 4) / 12
	if n > lim.MaxPieces {
		return nil, nil, fmt.Errorf("%w: more than %d pieces of text", ErrTooLarge, lim.MaxPieces)
	}
	pieces := make([]piece, 0, n)
	for i := range n {
		cp, cpEnd := le32(plc[4*i:]), le32(plc[4*i+4:])
		pcd := plc[4*(n+1)+8*i:]
		fcc := le32(pcd[2:])
		p := piece{cp: cp, cpEnd: cpEnd, compressed: fcc&0x40000000 != 0, prm: le16(pcd[6:])}
		p.off = fcc & 0x3FFFFFFF
		width := uint64(2)
		if p.compressed {
			p.off /= 2
			width = 1
		}
		if cpEnd < cp || i > 0 && cp < pieces[i-1].cpEnd {
			return nil, nil, fmt.Errorf("%w: the pieces of text are out of order", ErrDamaged)
		}
		if uint64(p.off)+width*uint64(cpEnd-cp) > uint64(len(wd)) {
			return nil, nil, fmt.Errorf("%w: a piece of text lies outside the WordDocument stream", ErrDamaged)
		}
		pieces = append(pieces, p)
	}
	return pieces, prcs, nil
}

// prmGrpprl returns the sprms a piece's Prm applies: those of a Prc, or
// the single sprm of a Prm0 as (isprm, val).
func (p piece) prmGrpprl(prcs [][]byte) (grpprl []byte, isprm, val byte) {
	if p.prm&1 == 1 {
		if i := int(p.prm >> 1); i < len(prcs) {
			return prcs[i], 0, 0
		}
		return nil, 0, 0
	}
	return nil, byte(p.prm>>1) & 0x7F, byte(p.prm >> 8)
}

// Prm0 isprm values ([MS-DOC] 2.9.215) read here.
const (
	isprmPFInTable  = 0x18
	isprmPFTtp      = 0x19
	isprmCFRMarkDel = 0x41
)

// deleted reports whether a piece's Prm marks all its text deleted.
func (p piece) deleted(prcs [][]byte) bool {
	grpprl, isprm, val := p.prmGrpprl(prcs)
	del := isprm == isprmCFRMarkDel && val&1 == 1
	eachSprm(grpprl, func(sprm uint16, op []byte) {
		if sprm == sprmCFRMarkDel {
			del = op[0]&1 == 1
		}
	})
	return del
}

// compressedChars maps the bytes of compressed pieces that are not Latin-1
// to their characters ([MS-DOC] 2.4.1).
var compressedChars = map[byte]rune{
	0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ',
	0x89: '‰', 0x8A: 'Š', 0x8B: '‹', 0x8C: 'Œ', 0x91: '‘', 0x92: '’', 0x93: '“',
	0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9A: 'š',
	0x9B: '›', 0x9C: 'œ', 0x9F: 'Ÿ',
}

// para is a paragraph of the text, with the mark that ends it.
type para struct {
	lines []string
	mark  rune // '\r', a cell mark 0x07, a section mark 0x0C; 0 at the end
	props paraProps
}

// reader walks the characters of the main document.
type reader struct {
	wd, data []byte
	lim      Limits
	papx     plcBte
	pages    map[uint32]*papxPage
	skip     []chpxRun
	prcs     [][]byte
	unicode  bool

	paras []para
	lines int

	line   strings.Builder
	plines []string
	fields []bool // the fields open, each true while in its code
	code   int    // how many of them are in their code
}

// props returns the properties of the paragraph whose mark is at fc in
// piece p, and whether that mark ends the paragraph the PAPX describes.
func (r *reader) props(fc, size uint32, p piece) (paraProps, bool) {
	pp := paraProps{itap: -1}
	j := find(r.papx.fcs, fc)
	if j < 0 {
		return pp, false
	}
	pn := r.papx.pns[j]
	pg, ok := r.pages[pn]
	if !ok {
		if b := page(r.wd, pn); b != nil {
			pg = readPapxPage(b)
		}
		r.pages[pn] = pg
	}
	if pg == nil {
		return pp, false
	}
	i := find(pg.fcs, fc)
	if i < 0 {
		return pp, false
	}
	applyParaSprms(&pp, pg.grpprl[i], r.data, false)
	grpprl, isprm, val := p.prmGrpprl(r.prcs)
	switch isprm {
	case isprmPFInTable:
		pp.inTable = val != 0
	case isprmPFTtp:
		pp.ttp = val != 0
	}
	applyParaSprms(&pp, grpprl, r.data, false)
	return pp, pg.fcs[i+1] == fc+size
}

// newLine ends a line of the current paragraph.
func (r *reader) newLine() error {
	r.plines = append(r.plines, r.line.String())
	r.line.Reset()
	r.lines++
	if r.lines > r.lim.MaxLines {
		return fmt.Errorf("%w: more than %d lines", ErrTooLarge, r.lim.MaxLines)
	}
	return nil
}

// endPara ends the current paragraph with mark.
func (r *reader) endPara(mark rune, pp paraProps) error {
	if err := r.newLine(); err != nil {
		return err
	}
	r.paras = append(r.paras, para{lines: r.plines, mark: mark, props: pp})
	r.plines = nil
	return nil
}

// walk reads the characters 0 to ccp of the pieces into paragraphs.
func (r *reader) walk(pieces []piece, ccp uint32) error {
	for _, p := range pieces {
		if p.cp >= ccp {
			break
		}
		end := min(p.cpEnd, ccp)
		del := p.deleted(r.prcs)
		if !p.compressed {
			r.unicode = true
		}
		for cp := p.cp; cp < end; cp++ {
			k := cp - p.cp
			var ch rune
			fc, size := p.off+k, uint32(1)
			if p.compressed {
				b := r.wd[fc]
				ch = rune(b)
				if c, ok := compressedChars[b]; ok {
					ch = c
				}
			} else {
				fc, size = p.off+2*k, 2
				u := le16(r.wd[fc:])
				ch = rune(u)
				if utf16.IsSurrogate(ch) {
					ch = '\uFFFD'
					if cp+1 < end {
						if c := utf16.DecodeRune(rune(u), rune(le16(r.wd[fc+2:]))); c != '\uFFFD' {
							ch = c
							cp++
						}
					}
				}
			}
			if err := r.char(ch, fc, size, p, del || len(r.skip) > 0 && skipped(r.skip, fc)); err != nil {
				return err
			}
		}
	}
	if r.line.Len() > 0 || len(r.plines) > 0 {
		return r.endPara(0, paraProps{itap: -1})
	}
	return nil
}

// char reads one character at fc; del says it is deleted text.
func (r *reader) char(ch rune, fc, size uint32, p piece, del bool) error {
	switch ch {
	case '\r':
		pp, _ := r.props(fc, size, p)
		return r.endPara('\r', pp)
	case 0x07, 0x0C: // a cell, row or section mark, or a page break
		pp, ends := r.props(fc, size, p)
		if ends || r.papx.fcs == nil {
			return r.endPara(ch, pp)
		}
		if ch == 0x0C && r.code == 0 && !del {
			return r.newLine()
		}
		return nil
	case 0x13: // a field begins: its code
		r.fields = append(r.fields, true)
		r.code++
		return nil
	case 0x14: // the field's result
		if n := len(r.fields); n > 0 && r.fields[n-1] {
			r.fields[n-1] = false
			r.code--
		}
		return nil
	case 0x15: // the field's end
		if n := len(r.fields); n > 0 {
			if r.fields[n-1] {
				r.code--
			}
			r.fields = r.fields[:n-1]
		}
		return nil
	}
	if r.code > 0 || del {
		return nil
	}
	switch {
	case ch == 0x0B || ch == 0x0E: // a line or column break
		return r.newLine()
	case ch == '\t':
		r.line.WriteByte('\t')
	case ch == 0x1E: // a non-breaking hyphen
		r.line.WriteByte('-')
	case ch < 0x20 || ch == 0x7F:
		// Anchors of pictures, objects, footnotes and comments, optional
		// hyphens: no text.
	default:
		r.line.WriteRune(ch)
	}
	return nil
}
