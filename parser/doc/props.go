package doc

import (
	"fmt"
	"sort"
)

// Single property modifiers ([MS-DOC] 2.6) read here.
const (
	sprmCFRMarkDel       = 0x0800 // deleted text (tracked changes)
	sprmCSymbol          = 0x6A09 // a symbol character, written as "(" in the text
	sprmPFInTable        = 0x2416
	sprmPFTtp            = 0x2417 // the row mark of a depth-1 row
	sprmPFInnerTableCell = 0x244B // the cell mark of a nested table
	sprmPFInnerTtp       = 0x244C // the row mark of a nested table
	sprmPItap            = 0x6649 // table depth
	sprmPDtap            = 0x664A // change of table depth
	sprmPHugePapx        = 0x6646 // the paragraph's properties are in the Data stream
	sprmPTableProps      = 0x646B // the row's properties are in the Data stream
	sprmPChgTabs         = 0xC615
	sprmTDefTable        = 0xD608
	sprmTDefTable10      = 0xD606
	sprmTMerge           = 0x5624
	sprmTSplit           = 0x5625
	sprmTVertMerge       = 0xD62B
)

// operandLen returns the length of the operand of sprm at the start of b,
// or -1 when b is too short to tell ([MS-DOC] 2.2.5.1, spra).
func operandLen(sprm uint16, b []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	switch sprm {
	case sprmTDefTable, sprmTDefTable10:
		// A two-byte cb: the bytes that follow it, plus one.
		if len(b) < 2 {
			return -1
		}
		return 2 + max(int(le16(b))-1, 0)
	case sprmPChgTabs:
		if len(b) < 1 {
			return -1
		}
		if b[0] != 255 {
			return 1 + int(b[0])
		}
		// cb 255: PChgTabsDelClose (cTabs, 4 bytes each) and
		// PChgTabsAdd (cTabs, 3 bytes each) say their own size.
		if len(b) < 2 {
			return -1
		}
		del := 1 + 4*int(b[1])
		if len(b) < 2+del {
			return -1
		}
		return 1 + del + 1 + 3*int(b[1+del])
	}
	if len(b) < 1 {
		return -1
	}
	return 1 + int(b[0])
}

// eachSprm calls fn for every Prl of grpprl with its sprm and operand,
// stopping where the grpprl is cut short.
func eachSprm(grpprl []byte, fn func(sprm uint16, op []byte)) {
	for len(grpprl) >= 2 {
		sprm := le16(grpprl)
		n := operandLen(sprm, grpprl[2:])
		if n < 0 || 2+n > len(grpprl) {
			return
		}
		fn(sprm, grpprl[2:2+n])
		grpprl = grpprl[2+n:]
	}
}

// plcBte is a PlcBtePapx or PlcBteChpx: the FKP page holding the
// properties of each range of file offsets.
type plcBte struct {
	fcs []uint32 // n+1 file offsets
	pns []uint32 // n page numbers
}

// readPlcBte reads the PlcBte at table[fc:fc+lcb]; what names it.
func readPlcBte(table []byte, fc, lcb uint32, what string) (plcBte, error) {
	if lcb == 0 {
		return plcBte{}, nil
	}
	b, err := slice(table, fc, lcb, what, "table")
	if err != nil {
		return plcBte{}, err
	}
	if len(b) < 12 || (len(b)-4)%8 != 0 {
		return plcBte{}, fmt.Errorf("%w: the %s has an impossible size (%d bytes)", ErrDamaged, what, len(b))
	}
	n := (len(b) - 4) / 8
	p := plcBte{fcs: make([]uint32, n+1), pns: make([]uint32, n)}
	for i := range p.fcs {
		p.fcs[i] = le32(b[4*i:])
	}
	for i := range p.pns {
		p.pns[i] = le32(b[4*(n+1)+4*i:]) & 0x3FFFFF
	}
	return p, nil
}

// find returns the index of the range holding fc, or -1.
func find(fcs []uint32, fc uint32) int {
	i := sort.Search(len(fcs), func(i int) bool { return fcs[i] > fc }) - 1
	if i < 0 || i >= len(fcs)-1 {
		return -1
	}
	return i
}

// page returns the 512-byte FKP page pn of the WordDocument stream.
func page(wd []byte, pn uint32) []byte {
	off := uint64(pn) * 512
	if off+512 > uint64(len(wd)) {
		return nil
	}
	return wd[off : off+512]
}

// papxPage is a PapxFkp: the paragraphs ending in its range of file
// offsets, and their properties.
type papxPage struct {
	fcs    []uint32 // cpara+1 offsets: paragraph i spans fcs[i] to fcs[i+1]
	grpprl [][]byte // of paragraph i, without its style; nil for none
}

// readPapxPage reads the PapxFkp in p ([MS-DOC] 2.9.186).
func readPapxPage(p []byte) *papxPage {
	n := int(p[511])
	if n < 1 || n > 0x1D {
		return nil
	}
	fp := &papxPage{fcs: make([]uint32, n+1), grpprl: make([][]byte, n)}
	for i := range fp.fcs {
		fp.fcs[i] = le32(p[4*i:])
	}
	for i := range n {
		off := int(p[4*(n+1)+13*i]) * 2 // BxPap.bOffset
		if off == 0 || off >= 511 {
			continue
		}
		size, start := 2*int(p[off])-1, off+1 // PapxInFkp: cb, GrpPrlAndIstd
		if p[off] == 0 && off+1 < 511 {
			size, start = 2*int(p[off+1]), off+2
		}
		if size < 2 || start+size > 511 {
			continue
		}
		fp.grpprl[i] = p[start+2 : start+size] // after the istd
	}
	return fp
}

// chpxRun is a range of file offsets whose characters are not text: deleted
// with tracked changes, or a symbol drawn from a font.
type chpxRun struct {
	start, end uint32
}

// readSkipRuns returns, sorted, the runs of characters that the CHPX FKPs
// mark deleted or as symbols.
func readSkipRuns(wd []byte, plc plcBte) []chpxRun {
	var runs []chpxRun
	seen := map[uint32]bool{}
	for _, pn := range plc.pns {
		p := page(wd, pn)
		if p == nil || seen[pn] {
			continue
		}
		seen[pn] = true
		n := int(p[511]) // ChpxFkp: crun
		if n < 1 || n > 0x65 {
			continue
		}
		for i := range n {
			off := int(p[4*(n+1)+i]) * 2 // rgb
			if off == 0 || off >= 511 || off+1+int(p[off]) > 511 {
				continue
			}
			skip := false
			eachSprm(p[off+1:off+1+int(p[off])], func(sprm uint16, op []byte) {
				switch sprm {
				case sprmCFRMarkDel:
					skip = skip || op[0]&1 == 1
				case sprmCSymbol:
					skip = true
				}
			})
			if start, end := le32(p[4*i:]), le32(p[4*(i+1):]); skip && start < end {
				runs = append(runs, chpxRun{start, end})
			}
		}
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].start < runs[j].start })
	return runs
}

// skipped reports whether the character at fc lies in one of runs.
func skipped(runs []chpxRun, fc uint32) bool {
	i := sort.Search(len(runs), func(i int) bool { return runs[i].start > fc }) - 1
	return i >= 0 && fc < runs[i].end
}

// paraProps are the properties of a paragraph that say where it stands in
// a table.
type paraProps struct {
	inTable, ttp, innerCell, innerTtp bool
	itap                              int // table depth; -1 when not given
	row                               *rowDef
}

// depth returns the paragraph's table depth: 0 outside tables.
func (p *paraProps) depth() int {
	switch {
	case p.itap >= 0:
		return p.itap
	case p.inTable:
		return 1
	}
	return 0
}

// rowDef is a table row's definition, from the properties of its row mark.
type rowDef struct {
	edges []int // the cells' boundaries in twips: cell i spans edges[i] to edges[i+1]
	tc    []uint16
	// vmerge holds the vertical merge flags set by sprmTVertMerge, which
	// override those of the cell definitions.
	vmerge map[int]byte
}

// TCGRF bits ([MS-DOC] 2.9.317, as Word and LibreOffice read them).
const (
	tcFirstMerged = 0x0001
	tcMerged      = 0x0002
	tcVertMerge   = 0x0020
	tcVertRestart = 0x0040
)

// vContinue reports whether cell i continues a vertical merge.
func (d *rowDef) vContinue(i int) bool {
	if f, ok := d.vmerge[i]; ok {
		return f == 1
	}
	return i < len(d.tc) && d.tc[i]&(tcVertMerge|tcVertRestart) == tcVertMerge
}

// hContinue reports whether cell i continues a legacy horizontal merge.
func (d *rowDef) hContinue(i int) bool {
	return i < len(d.tc) && d.tc[i]&(tcFirstMerged|tcMerged) == tcMerged
}

// maxCols is the most cells a Word row holds.
const maxCols = 63

// readTDefTable reads a TDefTableOperand ([MS-DOC] 2.9.321) after its cb.
func readTDefTable(op []byte) *rowDef {
	if len(op) < 3 {
		return nil
	}
	op = op[2:]
	n := min(int(op[0]), maxCols)
	op = op[1:]
	if len(op) < 2*(n+1) {
		return nil
	}
	d := &rowDef{edges: make([]int, n+1)}
	for i := range d.edges {
		d.edges[i] = int(int16(le16(op[2*i:])))
	}
	op = op[2*(n+1):]
	for i := 0; i < n && len(op) >= 20*(i+1); i++ {
		d.tc = append(d.tc, le16(op[20*i:]))
	}
	return d
}

// applyParaSprms applies a grpprl to p. data is the Data stream, which
// sprmPHugePapx and sprmPTableProps point into; nested says that grpprl
// came from there (which is never followed further).
func applyParaSprms(p *paraProps, grpprl, data []byte, nested bool) {
	eachSprm(grpprl, func(sprm uint16, op []byte) {
		switch sprm {
		case sprmPFInTable:
			p.inTable = op[0] != 0
		case sprmPFTtp:
			p.ttp = op[0] != 0
		case sprmPFInnerTableCell:
			p.innerCell = op[0] != 0
		case sprmPFInnerTtp:
			p.innerTtp = op[0] != 0
		case sprmPItap:
			p.itap = min(max(int(int32(le32(op))), 0), maxDepth)
		case sprmPDtap:
			p.itap = min(max(max(p.itap, 0)+int(int32(le32(op))), 0), maxDepth)
		case sprmTDefTable:
			if d := readTDefTable(op); d != nil {
				p.row = d
			}
		case sprmTVertMerge:
			if len(op) >= 3 && p.row != nil {
				if p.row.vmerge == nil {
					p.row.vmerge = map[int]byte{}
				}
				p.row.vmerge[int(op[1])] = op[2]
			}
		case sprmTMerge, sprmTSplit:
			if len(op) == 2 && p.row != nil {
				for i := int(op[0]); i < int(op[1]) && i < len(p.row.tc); i++ {
					p.row.tc[i] &^= tcFirstMerged | tcMerged
					if sprm == sprmTMerge {
						p.row.tc[i] |= tcMerged
						if i == int(op[0]) {
							p.row.tc[i] = p.row.tc[i]&^tcMerged | tcFirstMerged
						}
					}
				}
			}
		case sprmPHugePapx, sprmPTableProps:
			if !nested {
				if g := prcData(data, le32(op)); g != nil {
					applyParaSprms(p, g, data, true)
				}
			}
		}
	})
}

// maxDepth bounds the nesting of tables read.
const maxDepth = 64

// prcData returns the grpprl of the PrcData at offset off of the Data
// stream, or nil.
func prcData(data []byte, off uint32) []byte {
	if uint64(off)+2 > uint64(len(data)) {
		return nil
	}
	n := int(int16(le16(data[off:])))
	if n <= 0 || int(off)+2+n > len(data) {
		return nil
	}
	return data[off+2 : int(off)+2+n]
}
