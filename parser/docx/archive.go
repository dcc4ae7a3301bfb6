package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// defaultMainPart is where Word, WPS and LibreOffice put the document.
const defaultMainPart = "word/document.xml"

// maxRelsSize bounds _rels/.rels, a few hundred bytes in a real document.
const maxRelsSize = 1 << 20

// centralDirSig starts every entry of a zip archive's central directory.
var centralDirSig = []byte("PK\x01\x02")

// openArchive opens data as a zip archive within lim. The entries are
// counted before the central directory is read, so that a directory of
// millions of entries is refused before it is loaded.
func openArchive(data []byte, lim Limits) (*zip.Reader, error) {
	// Every entry's directory record starts with the signature, so the
	// count is an upper bound of the number of entries.
	if n := bytes.Count(data, centralDirSig); n > lim.MaxEntries {
		return nil, fmt.Errorf("%w: the archive has more than %d entries", ErrZipBomb, lim.MaxEntries)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%w: not a readable zip archive, truncated or corrupt (%w)", ErrDamaged, err)
	}
	limit := uint64(lim.MaxTotalSize)
	var total uint64
	for _, f := range zr.File {
		total += min(f.UncompressedSize64, limit+1) // cannot overflow
		if total > limit {
			return nil, fmt.Errorf("%w: the archive declares more than %s uncompressed", ErrZipBomb, size(lim.MaxTotalSize))
		}
	}
	return zr, nil
}

// lookup returns the entry holding the part name (part names are
// case-insensitive), or nil.
func lookup(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(strings.TrimPrefix(f.Name, "/"), name) {
			return f
		}
	}
	return nil
}

// mainPart returns the entry of the main document part: the target of the
// package's officeDocument relationship, or word/document.xml.
func mainPart(zr *zip.Reader, lim Limits) (*zip.File, error) {
	if target := officeDocumentTarget(zr, lim); target != "" {
		if f := lookup(zr, target); f != nil {
			return f, nil
		}
	}
	if f := lookup(zr, defaultMainPart); f != nil {
		return f, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrNotWord, whatArchive(zr))
}

// whatArchive says what a zip archive without a Word document is.
func whatArchive(zr *zip.Reader) string {
	switch {
	case lookup(zr, "xl/workbook.xml") != nil:
		return "it is an Excel workbook (.xlsx); save the report as .docx"
	case lookup(zr, "ppt/presentation.xml") != nil:
		return "it is a PowerPoint presentation (.pptx)"
	case lookup(zr, "mimetype") != nil && lookup(zr, "content.xml") != nil:
		return "it is an OpenDocument file; save the report as .docx"
	}
	return "the zip archive has no " + defaultMainPart
}

// relationships is _rels/.rels.
type relationships struct {
	Rels []struct {
		Type       string `xml:"Type,attr"`
		Target     string `xml:"Target,attr"`
		TargetMode string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

// officeDocumentTarget returns the part name the package's officeDocument
// relationship points to, or "" when there is none or it cannot be read
// (the caller falls back to word/document.xml).
func officeDocumentTarget(zr *zip.Reader, lim Limits) string {
	f := lookup(zr, "_rels/.rels")
	if f == nil {
		return ""
	}
	lim.MaxPartSize = min(lim.MaxPartSize, maxRelsSize)
	rc, err := openPart(f, lim)
	if err != nil {
		return ""
	}
	defer rc.Close()
	var rels relationships
	if err := xml.NewDecoder(rc).Decode(&rels); err != nil {
		return ""
	}
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.TargetMode != "External" {
			return path.Clean(strings.TrimPrefix(r.Target, "/"))
		}
	}
	return ""
}

// openPart opens an entry for reading, refusing an encrypted entry and one
// that declares more than lim.MaxPartSize. archive/zip never reads an entry
// past the size it declares: more data than that is the mark of a zip bomb
// that understates its size, and reading fails with ErrZipBomb.
func openPart(f *zip.File, lim Limits) (io.ReadCloser, error) {
	if f.Flags&0x1 != 0 {
		return nil, fmt.Errorf("%w: %s is encrypted", ErrEncrypted, f.Name)
	}
	if f.UncompressedSize64 > uint64(lim.MaxPartSize) {
		return nil, fmt.Errorf("%w: %s declares %s uncompressed (the limit is %s)", ErrZipBomb, f.Name, size(int64(min(f.UncompressedSize64, 1<<62))), size(lim.MaxPartSize))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: cannot open %s: %w", ErrDamaged, f.Name, err)
	}
	return &partReader{ReadCloser: rc, f: f}, nil
}

// partReader reads an entry, telling a zip bomb from other damage.
type partReader struct {
	io.ReadCloser
	f *zip.File
}

func (r *partReader) Read(p []byte) (int, error) {
	n, err := r.ReadCloser.Read(p)
	if errors.Is(err, zip.ErrFormat) {
		err = fmt.Errorf("%w: %s expands beyond the %s its zip header declares", ErrZipBomb, r.f.Name, size(int64(r.f.UncompressedSize64)))
	}
	return n, err
}

// size formats a byte count for messages.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
