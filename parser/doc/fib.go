package doc

import (
	"encoding/binary"
	"fmt"
)

// fib is what the File Information Block at the start of the WordDocument
// stream says ([MS-DOC] 2.5.1): where the structures read here are.
type fib struct {
	nFib      uint16
	encrypted bool // fEncrypted: encrypted or XOR-obfuscated
	table1    bool // fWhichTblStm: the table stream is 1Table, not 0Table
	ccpText   uint32
	fcLcb     []byte // FibRgFcLcb: (fc, lcb) pairs, 8 bytes each
}

// Indexes of the (fc, lcb) pairs of FibRgFcLcb97 read here.
const (
	pairPlcfBteChpx = 12
	pairPlcfBtePapx = 13
	pairClx         = 33
)

// Word identifiers (FibBase.wIdent) and versions (FibBase.nFib).
const (
	identWord97 = 0xA5EC // Word 97 and later (and Word 6.0/95 files, with a lower nFib)
	identWord95 = 0xA5DC
	identWord2  = 0xA59B
	// nFibMin is the least nFib read with the Word 97 layout (Word 97
	// writes 0x00C1): below it lie Word 6.0 (101) and 95 (104), whose
	// FIB has no FibRgFcLcb97.
	nFibMin = 0x006A
)

func le16(b []byte) uint16 { return binary.LittleEndian.Uint16(b) }
func le32(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }

// parseFIB reads the FIB at the start of the WordDocument stream wd.
func parseFIB(wd []byte) (*fib, error) {
	if len(wd) < 34 {
		return nil, fmt.Errorf("%w: the WordDocument stream is too short to hold its header (%d bytes)", ErrDamaged, len(wd))
	}
	f := &fib{nFib: le16(wd[2:])}
	switch ident := le16(wd); {
	case ident == identWord95 || ident == identWord2:
		return nil, fmt.Errorf("%w: a Word for Windows 2.0 or 95 document", ErrLegacy)
	case ident != identWord97:
		return nil, fmt.Errorf("%w: the WordDocument stream does not start with a Word document header (0x%04X)", ErrNotWord, ident)
	case f.nFib < nFibMin:
		return nil, fmt.Errorf("%w: a Word 6.0/95 document (nFib %d)", ErrLegacy, f.nFib)
	}
	flags := le16(wd[0x0A:])
	f.encrypted = flags&0x0100 != 0 || flags&0x8000 != 0
	f.table1 = flags&0x0200 != 0
	if f.encrypted {
		return f, nil
	}
	// FibBase (32 bytes), then csw and fibRgW, cslw and fibRgLw, cbRgFcLcb
	// and fibRgFcLcbBlob.
	pos := 32
	csw := int(le16(wd[pos:]))
	pos += 2 + 2*csw
	if pos+2 > len(wd) {
		return nil, fmt.Errorf("%w: the WordDocument stream's header is cut short", ErrDamaged)
	}
	cslw := int(le16(wd[pos:]))
	pos += 2
	if cslw < 4 || pos+4*cslw+2 > len(wd) {
		return nil, fmt.Errorf("%w: the WordDocument stream's header is cut short", ErrDamaged)
	}
	f.ccpText = le32(wd[pos+12:]) // fibRgLw: cbMac, 2 reserved, ccpText
	pos += 4 * cslw
	cb := int(le16(wd[pos:]))
	pos += 2
	if cb <= pairClx || pos+8*cb > len(wd) {
		return nil, fmt.Errorf("%w: the WordDocument stream's header is cut short", ErrDamaged)
	}
	f.fcLcb = wd[pos : pos+8*cb]
	return f, nil
}

// pair returns the (fc, lcb) pair at index i of FibRgFcLcb.
func (f *fib) pair(i int) (fc, lcb uint32) {
	return le32(f.fcLcb[8*i:]), le32(f.fcLcb[8*i+4:])
}

// tableName is the name of the table stream the FIB refers to.
func (f *fib) tableName() string {
	if f.table1 {
		return "1Table"
	}
	return "0Table"
}

// slice returns b[fc:fc+lcb], or an error naming what it is when that lies
// outside b.
func slice(b []byte, fc, lcb uint32, what, stream string) ([]byte, error) {
	end := uint64(fc) + uint64(lcb)
	if end > uint64(len(b)) {
		return nil, fmt.Errorf("%w: the %s lies outside the %s stream (bytes %d to %d of %d)", ErrDamaged, what, stream, fc, end, len(b))
	}
	return b[fc:end], nil
}
