package doc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/richardlehane/mscfb"
)

// compound is an OLE compound file: the streams and storages at its root,
// by name.
type compound struct {
	streams  map[string]*mscfb.File
	storages map[string]bool
	names    []string // of the root's entries, in directory order
	size     int64    // of the whole file
}

// maxEntries bounds the directory entries of a compound file. A Word
// document has a dozen; thousands are embedded objects and pictures.
const maxEntries = 100000

// checkHeader refuses a compound file whose header counts more sectors
// than the file holds, before the reader sizes its tables from them.
func checkHeader(data []byte) error {
	if len(data) < 512 {
		return fmt.Errorf("%w: the OLE compound file is cut short (%d bytes; its header alone takes 512)", ErrDamaged, len(data))
	}
	shift := binary.LittleEndian.Uint16(data[30:32])
	if shift != 9 && shift != 12 {
		return fmt.Errorf("%w: the OLE compound file header gives an impossible sector size", ErrDamaged)
	}
	sectors := uint64(len(data)) >> shift
	// The directory, FAT, mini FAT and DIFAT sector counts.
	for _, off := range []int{40, 44, 64, 72} {
		if uint64(binary.LittleEndian.Uint32(data[off:off+4])) > sectors {
			return fmt.Errorf("%w: the OLE compound file header counts more sectors than the file holds (truncated?)", ErrDamaged)
		}
	}
	return nil
}

// openCompound reads the directory of the compound file in data.
func openCompound(data []byte) (c *compound, err error) {
	if err := checkHeader(data); err != nil {
		return nil, err
	}
	// The reader is not written for hostile input: whatever it trips over
	// is damage of the file, not a failure of nianbao.
	defer func() {
		if recover() != nil {
			c, err = nil, fmt.Errorf("%w: the OLE compound file's directory or allocation table is corrupt", ErrDamaged)
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: not a readable OLE compound file, truncated or corrupt (%w)", ErrDamaged, err)
	}
	if len(r.File) > maxEntries {
		return nil, fmt.Errorf("%w: the OLE compound file has more than %d entries", ErrTooLarge, maxEntries)
	}
	c = &compound{streams: map[string]*mscfb.File{}, storages: map[string]bool{}, size: int64(len(data))}
	for i, f := range r.File {
		if i == 0 || len(f.Path) != 0 || f.Name == "" {
			continue // the root itself, and what lies in storages
		}
		if f.FileInfo().IsDir() {
			c.storages[f.Name] = true
		} else if _, dup := c.streams[f.Name]; !dup {
			c.streams[f.Name] = f
		}
		c.names = append(c.names, f.Name)
	}
	return c, nil
}

// has reports whether the root holds a stream or storage of that name.
func (c *compound) has(name string) bool {
	_, ok := c.streams[name]
	return ok || c.storages[name]
}

// read returns the whole of the named stream, or nil when there is none.
func (c *compound) read(name string) (b []byte, err error) {
	f := c.streams[name]
	if f == nil {
		return nil, nil
	}
	if f.Size > c.size {
		return nil, fmt.Errorf("%w: the %s stream declares %d bytes, more than the whole file", ErrDamaged, name, f.Size)
	}
	if f.Size == 0 {
		return []byte{}, nil
	}
	defer func() {
		if recover() != nil {
			b, err = nil, fmt.Errorf("%w: the %s stream's sectors are corrupt", ErrDamaged, name)
		}
	}()
	buf := make([]byte, f.Size)
	if n, _ := f.ReadAt(buf, 0); n != len(buf) {
		return nil, fmt.Errorf("%w: the %s stream is cut short or its sectors are corrupt (%d of its %d bytes read)", ErrDamaged, name, n, len(buf))
	}
	return buf, nil
}

// listing names the root's entries for messages, in a stable order.
func (c *compound) listing() string {
	names := slices.Clone(c.names)
	slices.Sort(names)
	names = slices.Compact(names)
	const most = 8
	s := ""
	for i, n := range names {
		if i == most {
			s += fmt.Sprintf(", … (%d in all)", len(names))
			break
		}
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%q", n)
	}
	if s == "" {
		return "none"
	}
	return s
}
