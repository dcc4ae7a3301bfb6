package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strconv"

	"github.com/nianbao/nianbao/internal/place"
	"github.com/nianbao/nianbao/report"
)

// FingerprintVersion names the way fingerprints are made (SARIF
// partialFingerprints key "nianbao/v1"): a change to it is a new version.
const FingerprintVersion = "nianbao/v1"

// FileKey is the identity of a report in fingerprints: its issuer's name
// (NormalizeIssuer) and its year, or, for a report without both, the
// base name of its file.
func FileKey(issuer string, year *int, path string) string {
	if issuer = NormalizeIssuer(issuer); issuer != "" && year != nil {
		return "report:" + issuer + ":" + strconv.Itoa(*year)
	}
	return "file:" + filepath.Base(filepath.ToSlash(path))
}

// Fingerprints sets the place (in lang) and the fingerprint of each
// diagnostic of doc (ds sorted by position), or of a file at path that is
// no report (doc nil). The place is the element of the report that holds
// the diagnostic (place.Of): a table cell, a row label, a heading, a
// sentence, the start or the end. A fingerprint is a hash of the rule,
// FileKey and the place's key; a second diagnostic of the same rule at
// the same place has its number among them in it too. It does not change
// when lines are added or removed, nor when the file is renamed or moved.
func Fingerprints(ds []Diagnostic, doc *report.Document, path, lang string) {
	var issuer string
	var year *int
	if doc != nil {
		if doc.Issuer != nil {
			issuer = doc.Issuer.Name
		}
		year = doc.Year
	}
	file := FileKey(issuer, year, path)
	elems := place.Elements(doc)
	seen := map[string]int{}
	for i := range ds {
		p := place.Of(doc, elems, ds[i].Rule, ds[i].Location.Loc)
		ds[i].Place = p.Describe(lang)
		key := FingerprintVersion + "\x00" + ds[i].Rule + "\x00" + file + "\x00" + p.Key()
		seen[key]++
		if n := seen[key]; n > 1 {
			key += "\x00" + strconv.Itoa(n)
		}
		sum := sha256.Sum256([]byte(key))
		ds[i].Fingerprint = hex.EncodeToString(sum[:8])
	}
}
