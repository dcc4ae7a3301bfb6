package docx

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/nianbao/nianbao/parser/internal/safezip"
)

// defaultMainPart is where Word, WPS and LibreOffice put the document.
const defaultMainPart = "word/document.xml"

// maxRelsSize bounds _rels/.rels, a few hundred bytes in a real document.
const maxRelsSize = 1 << 20

// openArchive opens data as a zip archive within lim.
func openArchive(data []byte, lim Limits) (*zip.Reader, error) {
	return safezip.Open(data, safezip.Limits{MaxEntries: lim.MaxEntries, MaxTotalSize: lim.MaxTotalSize}, ErrDamaged)
}

// lookup returns the entry holding the part name (part names are
// case-insensitive), or nil.
func lookup(zr *zip.Reader, name string) *zip.File { return safezip.Lookup(zr, name) }

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
// that declares or holds more than lim.MaxPartSize.
func openPart(f *zip.File, lim Limits) (io.ReadCloser, error) {
	return safezip.OpenEntry(f, lim.MaxPartSize, ErrDamaged, ErrEncrypted)
}
