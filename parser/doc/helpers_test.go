package doc

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// stream is a stream of a compound file made by cfbFile.
type stream struct {
	name string
	data []byte
}

// Compound file sector markers.
const (
	endOfChain = 0xFFFFFFFE
	fatSect    = 0xFFFFFFFD
	freeSect   = 0xFFFFFFFF
	noStream   = 0xFFFFFFFF
)

// cfbFile writes a version 3 compound file holding streams at its root.
// Each stream is padded to 4096 bytes, the mini stream cutoff, so that all
// lie in regular sectors.
func cfbFile(streams ...stream) []byte {
	const ss = 512
	var sectors [][]byte // after the FAT sectors
	var chains [][2]int  // first sector (relative) and count, per stream
	for _, s := range streams {
		data := s.data
		if len(data) < 4096 {
			data = append(data[:len(data):len(data)], make([]byte, 4096-len(data))...)
		}
		n := (len(data) + ss - 1) / ss
		chains = append(chains, [2]int{len(sectors), n})
		for i := range n {
			sec := make([]byte, ss)
			copy(sec, data[i*ss:min(len(data), (i+1)*ss)])
			sectors = append(sectors, sec)
		}
	}
	// The directory: the root, then the streams as a chain of right
	// siblings under it.
	nEntries := len(streams) + 1
	dirSectors := (nEntries*128 + ss - 1) / ss
	dirStart := len(sectors)
	dir := make([]byte, dirSectors*ss)
	entry := func(i int, name string, typ byte, child, right uint32, start uint32, size int) {
		e := dir[i*128:]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			binary.LittleEndian.PutUint16(e[2*k:], c)
		}
		binary.LittleEndian.PutUint16(e[64:], uint16(2*(len(u)+1)))
		e[66], e[67] = typ, 1
		binary.LittleEndian.PutUint32(e[68:], noStream)
		binary.LittleEndian.PutUint32(e[72:], right)
		binary.LittleEndian.PutUint32(e[76:], child)
		binary.LittleEndian.PutUint32(e[116:], start)
		binary.LittleEndian.PutUint32(e[120:], uint32(size))
	}
	for i := nEntries; i < dirSectors*ss/128; i++ {
		e := dir[i*128:]
		binary.LittleEndian.PutUint32(e[68:], noStream)
		binary.LittleEndian.PutUint32(e[72:], noStream)
		binary.LittleEndian.PutUint32(e[76:], noStream)
	}
	child := uint32(noStream)
	if len(streams) > 0 {
		child = 1
	}
	for i := range dirSectors {
		sectors = append(sectors, dir[i*ss:(i+1)*ss])
	}
	// FAT sectors go first; every sector number below is shifted by them.
	total := len(sectors)
	nFat := 1
	for (total+nFat+ss/4-1)/(ss/4) > nFat {
		nFat++
	}
	fat := make([]uint32, nFat*ss/4)
	for i := range fat {
		fat[i] = freeSect
	}
	for i := range nFat {
		fat[i] = fatSect
	}
	link := func(first, n int) {
		for k := range n {
			next := uint32(endOfChain)
			if k < n-1 {
				next = uint32(nFat + first + k + 1)
			}
			fat[nFat+first+k] = next
		}
	}
	entry(0, "Root Entry", 5, child, noStream, endOfChain, 0)
	for i, s := range streams {
		right := uint32(noStream)
		if i < len(streams)-1 {
			right = uint32(i + 2)
		}
		link(chains[i][0], chains[i][1])
		entry(i+1, s.name, 2, noStream, right, uint32(nFat+chains[i][0]), max(len(s.data), 4096))
	}
	link(dirStart, dirSectors)
	// Rewrite the directory sectors, now that the entries are in dir.
	for i := range dirSectors {
		copy(sectors[dirStart+i], dir[i*ss:(i+1)*ss])
	}

	head := make([]byte, ss)
	copy(head, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	binary.LittleEndian.PutUint16(head[24:], 0x003E)
	binary.LittleEndian.PutUint16(head[26:], 3)
	binary.LittleEndian.PutUint16(head[28:], 0xFFFE)
	binary.LittleEndian.PutUint16(head[30:], 9)
	binary.LittleEndian.PutUint16(head[32:], 6)
	binary.LittleEndian.PutUint32(head[44:], uint32(nFat))
	binary.LittleEndian.PutUint32(head[48:], uint32(nFat+dirStart))
	binary.LittleEndian.PutUint32(head[56:], 4096)
	binary.LittleEndian.PutUint32(head[60:], endOfChain)
	binary.LittleEndian.PutUint32(head[68:], endOfChain)
	for i := range 109 {
		v := uint32(freeSect)
		if i < nFat {
			v = uint32(i)
		}
		binary.LittleEndian.PutUint32(head[76+4*i:], v)
	}
	out := head
	for i := range nFat {
		sec := make([]byte, ss)
		for k := range ss / 4 {
			binary.LittleEndian.PutUint32(sec[4*k:], fat[i*ss/4+k])
		}
		out = append(out, sec...)
	}
	for _, s := range sectors {
		out = append(out, s...)
	}
	return out
}

// docSpec describes a Word document made by wordFile.
type docSpec struct {
	// pieces are the text in pieces; each is stored compressed (one byte
	// a character) when all its characters allow it and compress is set.
	pieces   []string
	compress bool
	// ends, when set, are the paragraph ends the PAPX gives (the CPs just
	// after each mark, in order), each with its grpprl; nil for none.
	ends   []int
	grpprl map[int][]byte
	// flags are or-ed into FibBase's flags; nFib replaces 0x00C1 when set.
	flags uint16
	nFib  uint16
	// table0 names the table stream in the FIB 0Table, though the file
	// holds a 1Table.
	table0 bool
	// mutate, when set, changes the streams before they are written.
	mutate func(wd, table []byte)
}

// wordFile writes a Word 97 document: a WordDocument stream with its FIB,
// the text and PAPX FKP pages, and a 1Table stream with the piece table
// and PlcBtePapx.
func wordFile(s docSpec) []byte {
	le16 := binary.LittleEndian.PutUint16
	le32 := binary.LittleEndian.PutUint32
	wd := make([]byte, 1024)
	nFib := s.nFib
	if nFib == 0 {
		nFib = 0x00C1
	}
	le16(wd[0:], 0xA5EC)
	le16(wd[2:], nFib)
	flags := 0x0200 | 0x1000 | s.flags // fWhichTblStm, fExtChar
	if s.table0 {
		flags &^= 0x0200
	}
	le16(wd[0x0A:], flags)
	le16(wd[32:], 14)    // csw
	le16(wd[34+28:], 22) // cslw
	lw := 34 + 28 + 2
	const nPairs = 93
	le16(wd[lw+88:], nPairs)
	pairs := lw + 88 + 2
	setPair := func(i int, fc, lcb uint32) {
		le32(wd[pairs+8*i:], fc)
		le32(wd[pairs+8*i+4:], lcb)
	}

	// The text, piece by piece, and the file offset of each character.
	var fcs []uint32
	var table []byte
	type pcd struct{ cp, fc uint32 }
	var pcds []pcd
	cp := 0
	for _, p := range s.pieces {
		u := utf16.Encode([]rune(p))
		compressed := s.compress
		for _, c := range u {
			if _, ok := compressedByte[rune(c)]; !ok && c > 0x7F {
				compressed = false
			}
		}
		off := uint32(len(wd))
		if compressed {
			pcds = append(pcds, pcd{uint32(cp), off*2 | 0x40000000})
			for _, c := range u {
				fcs = append(fcs, uint32(len(wd)))
				b, ok := compressedByte[rune(c)]
				if !ok {
					b = byte(c)
				}
				wd = append(wd, b)
			}
		} else {
			pcds = append(pcds, pcd{uint32(cp), off})
			for _, c := range u {
				fcs = append(fcs, uint32(len(wd)))
				wd = binary.LittleEndian.AppendUint16(wd, c)
			}
		}
		cp += len(u)
	}
	fcs = append(fcs, uint32(len(wd)))
	le32(wd[lw+12:], uint32(cp)) // ccpText

	// The piece table.
	clx := []byte{0x02, 0, 0, 0, 0}
	for _, p := range pcds {
		clx = binary.LittleEndian.AppendUint32(clx, p.cp)
	}
	clx = binary.LittleEndian.AppendUint32(clx, uint32(cp))
	for _, p := range pcds {
		clx = append(clx, 0, 0)
		clx = binary.LittleEndian.AppendUint32(clx, p.fc)
		clx = append(clx, 0, 0)
	}
	le32(clx[1:], uint32(len(clx)-5))
	setPair(pairClx, uint32(len(table)), uint32(len(clx)))
	table = append(table, clx...)

	// PAPX FKP pages, as many paragraphs each as fit (29 at most).
	if s.ends != nil {
		for len(wd)%512 != 0 {
			wd = append(wd, 0)
		}
		var plc []byte
		var pns []uint32
		papxSize := func(i int) int {
			if g := s.grpprl[i]; g != nil {
				return 4 + len(g) + 2
			}
			return 0
		}
		start := 0
		for start < len(s.ends) {
			n, used := 0, 0
			for start+n < len(s.ends) && n < 29 && 4*(n+2)+13*(n+1)+used+papxSize(start+n) <= 511 {
				used += papxSize(start + n)
				n++
			}
			pg := make([]byte, 512)
			first := 0
			if start > 0 {
				first = s.ends[start-1]
			}
			le32(pg[0:], fcs[first])
			top := 511
			for i := range n {
				end := s.ends[start+i]
				le32(pg[4*(i+1):], fcs[end])
				if g := s.grpprl[start+i]; g != nil {
					// PapxInFkp with cb 0: cb', then istd and grpprl.
					size := 2 + len(g)
					size += size % 2
					top -= 2 + size
					top -= top % 2
					pg[top] = 0
					pg[top+1] = byte(size / 2)
					copy(pg[top+4:], g)
					pg[4*(n+1)+13*i] = byte(top / 2)
				}
			}
			pg[511] = byte(n)
			pns = append(pns, uint32(len(wd)/512))
			if len(plc) == 0 {
				plc = binary.LittleEndian.AppendUint32(plc, fcs[first])
			}
			plc = binary.LittleEndian.AppendUint32(plc, fcs[s.ends[start+n-1]])
			wd = append(wd, pg...)
			start += n
		}
		for _, pn := range pns {
			plc = binary.LittleEndian.AppendUint32(plc, pn)
		}
		setPair(pairPlcfBtePapx, uint32(len(table)), uint32(len(plc)))
		table = append(table, plc...)
	}
	if s.mutate != nil {
		s.mutate(wd, table)
	}
	return cfbFile(stream{"WordDocument", wd}, stream{"1Table", table})
}

// compressedByte is the byte of a compressed piece for each character
// that compressedChars maps.
var compressedByte = func() map[rune]byte {
	m := map[rune]byte{}
	for b, r := range compressedChars {
		m[r] = b
	}
	return m
}()

// paragraphs returns the paragraph ends of text: the CP after each \r,
// 0x07 and 0x0C that it lists in marks.
func paragraphEnds(text string, marks string) []int {
	var ends []int
	for i, c := range utf16.Encode([]rune(text)) {
		for _, m := range marks {
			if rune(c) == m {
				ends = append(ends, i+1)
			}
		}
	}
	return ends
}

// testdata reads a file of testdata/doc.
func testdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "doc", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
