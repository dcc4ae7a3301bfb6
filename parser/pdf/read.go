package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/filter"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// document is an opened PDF: its objects, and the budget its reading may
// spend.
type document struct {
	ctx   context.Context
	xref  *model.XRefTable
	lim   Limits
	pages int
	// decoded counts the bytes of streams decoded so far.
	decoded int64
	// ops and glyphs count content operators run and glyphs shown.
	ops, glyphs int64
	fonts       map[int]*font   // by object number
	streams     map[int]decoded // by object number
	// damage lists objects the text needs that are missing or corrupt.
	damage []string
}

// damaged records that an object the text needs (what) cannot be read.
func (d *document) damaged(what string, o types.Object, err error) {
	if len(d.damage) >= 8 {
		return
	}
	msg := what
	if nr := objNr(o); nr != 0 {
		msg = fmt.Sprintf("%s (object %d)", what, nr)
	}
	if err != nil {
		msg += ": " + err.Error()
	}
	d.damage = append(d.damage, msg)
}

// tailBytes is how far from the end of the file the %%EOF marker is looked
// for: junk appended after it by a web server is tolerated.
const tailBytes = 64 << 10

// openDocument parses the file structure with pdfcpu: the cross-reference
// table, object streams and decryption with the empty user password.
func openDocument(ctx context.Context, data []byte, lim Limits) (*document, error) {
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return nil, fmt.Errorf("%w: no %%PDF- header", ErrDamaged)
	}
	// A file cut short loses its end, and with it the last %%EOF marker.
	if !bytes.Contains(data[max(0, len(data)-tailBytes):], []byte("%%EOF")) {
		return nil, fmt.Errorf("%w: the file is truncated (it does not end with %%%%EOF)", ErrDamaged)
	}
	rs := &budgetReader{r: bytes.NewReader(data), left: lim.readBudget(len(data))}
	pctx, err := pdfcpu.ReadWithContext(ctx, rs, configuration(lim, len(data)))
	if err != nil {
		return nil, classifyReadError(ctx, err, rs)
	}
	if root, err := pctx.Pages(); err != nil || root == nil {
		return nil, fmt.Errorf("%w: it has no page tree", ErrDamaged)
	}
	if err := pctx.EnsurePageCount(); err != nil {
		return nil, fmt.Errorf("%w: no readable page tree (%w)", ErrDamaged, err)
	}
	d := &document{ctx: ctx, xref: pctx.XRefTable, lim: lim, pages: pctx.PageCount, fonts: map[int]*font{}, streams: map[int]decoded{}}
	if err := d.measureObjectStreams(pctx.Read.ObjectStreams); err != nil {
		return nil, err
	}
	if d.pages <= 0 {
		return nil, fmt.Errorf("%w: the document has no pages", ErrDamaged)
	}
	if d.pages > lim.MaxPages {
		return nil, limitError("pages", int64(lim.MaxPages))
	}
	return d, nil
}

// measureObjectStreams counts the decompressed size of the object streams,
// which pdfcpu decodes when one of their objects is first used, against
// the budget of decompressed bytes: a file cannot make it decode more than
// the budget, however many object streams it has.
func (d *document) measureObjectStreams(nrs types.IntSet) error {
	for nr := range nrs {
		if err := d.checkContext(); err != nil {
			return err
		}
		entry, ok := d.xref.Find(nr)
		if !ok || entry == nil {
			continue
		}
		osd, ok := entry.Object.(types.ObjectStreamDict)
		if !ok {
			continue
		}
		left := d.lim.MaxDecodedBytes - d.decoded
		n, err := decodedSize(osd.StreamDict, min(left, objectStreamLimit)+1)
		if err != nil {
			continue // pdfcpu reports it when the objects are used
		}
		if n > objectStreamLimit {
			return limitError("bytes in a decompressed object stream", objectStreamLimit)
		}
		d.decoded += n
		if d.decoded > d.lim.MaxDecodedBytes {
			return limitError("bytes of decompressed streams", d.lim.MaxDecodedBytes)
		}
	}
	return nil
}

// objectStreamLimit bounds one decompressed object stream; real ones hold a
// few hundred small objects.
const objectStreamLimit = 16 << 20

// decodedSize returns the decompressed size of a stream, reading at most
// limit bytes of it, without keeping them.
func decodedSize(sd types.StreamDict, limit int64) (int64, error) {
	if plainFlate(sd) {
		zr, err := zlib.NewReader(bytes.NewReader(sd.Raw))
		if err != nil {
			return 0, err
		}
		return io.Copy(io.Discard, io.LimitReader(zr, limit))
	}
	sd.Content = nil
	if err := sd.DecodeWithLimit(limit); err != nil {
		if errors.Is(err, filter.ErrDecodeLimitExceeded) {
			return limit, nil
		}
		return 0, err
	}
	return int64(len(sd.Content)), nil
}

// configuration returns a pdfcpu configuration built in memory (pdfcpu's
// default one reads and writes a configuration directory).
func configuration(lim Limits, size int) *model.Configuration {
	rl := model.DefaultResourceLimits()
	rl.MaxStreamBytes = int64(size) + 1024
	rl.MaxDecodeBytes = objectStreamLimit
	rl.MaxObjectCount = lim.MaxObjects
	rl.MaxXRefEntries = lim.MaxObjects
	rl.MaxObjectStreamCount = lim.MaxObjects
	rl.MaxRecursionDepth = 64
	return &model.Configuration{
		Reader15:       true,
		ValidationMode: model.ValidationRelaxed,
		Eol:            types.EolLF,
		Limits:         rl,
	}
}

// classifyReadError turns an error from pdfcpu into one of ours.
func classifyReadError(ctx context.Context, err error, rs *budgetReader) error {
	msg := err.Error()
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("%w: reading took too long", ErrTooComplex)
	case rs.exceeded:
		return fmt.Errorf("%w: its objects re-read the file too often", ErrTooComplex)
	case errors.Is(err, pdfcpu.ErrWrongPassword), strings.Contains(msg, "password"):
		return fmt.Errorf("%w: it cannot be opened without a password", ErrEncrypted)
	case strings.Contains(msg, "encrypt"), strings.Contains(msg, "crypt filter"), strings.Contains(msg, "permissions"):
		return fmt.Errorf("%w: its encryption is not supported (%w)", ErrEncrypted, err)
	case errors.Is(err, filter.ErrDecodeLimitExceeded), errors.Is(err, model.ErrMaxRecursionDepthExceeded), strings.Contains(msg, "exceeds limit"):
		return fmt.Errorf("%w: %w", ErrTooComplex, err)
	case strings.Contains(msg, "exceeds maximum"), // a stream longer than the file
		strings.Contains(msg, "eof"), strings.Contains(msg, "EOF"):
		return fmt.Errorf("%w: the file is truncated or its structure is corrupt (%w)", ErrDamaged, err)
	}
	return fmt.Errorf("%w: %w", ErrDamaged, err)
}

// budgetReader fails once more than its budget has been read, so that a
// file whose objects point at the same bytes again and again cannot make
// reading it cost more than a bounded multiple of its size.
type budgetReader struct {
	r        *bytes.Reader
	left     int64
	exceeded bool
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		b.exceeded = true
		return 0, errors.New("read budget exhausted")
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *budgetReader) Seek(off int64, whence int) (int64, error) { return b.r.Seek(off, whence) }

// checkContext reports whether the time allowed has run out.
func (d *document) checkContext() error {
	if d.ctx.Err() != nil {
		return fmt.Errorf("%w: extracting the text took too long", ErrTooComplex)
	}
	return nil
}

// resolve follows indirect references.
func (d *document) resolve(o types.Object) types.Object {
	for i := 0; i < 16; i++ {
		ref, ok := o.(types.IndirectRef)
		if !ok {
			if p, ok := o.(*types.IndirectRef); ok && p != nil {
				ref = *p
			} else {
				return o
			}
		}
		next, err := d.xref.Dereference(ref)
		if err != nil {
			return nil
		}
		o = next
	}
	return nil
}

// dict returns o as a dictionary (a stream's dictionary too), or nil.
func (d *document) dict(o types.Object) types.Dict {
	switch v := d.resolve(o).(type) {
	case types.Dict:
		return v
	case types.StreamDict:
		return v.Dict
	case *types.StreamDict:
		if v != nil {
			return v.Dict
		}
	}
	return nil
}

// array returns o as an array, or nil.
func (d *document) array(o types.Object) types.Array {
	if a, ok := d.resolve(o).(types.Array); ok {
		return a
	}
	return nil
}

// number returns o as a number.
func (d *document) number(o types.Object) (float64, bool) {
	switch v := d.resolve(o).(type) {
	case types.Integer:
		return float64(v), true
	case types.Float:
		return float64(v), true
	}
	return 0, false
}

// name returns o as a name, or "".
func (d *document) name(o types.Object) string {
	if n, ok := d.resolve(o).(types.Name); ok {
		return string(n)
	}
	return ""
}

// objNr returns the object number o refers to, or 0 for a direct object.
func objNr(o types.Object) int {
	switch v := o.(type) {
	case types.IndirectRef:
		return v.ObjectNumber.Value()
	case *types.IndirectRef:
		if v != nil {
			return v.ObjectNumber.Value()
		}
	}
	return 0
}

// stream returns the decoded content of the stream o, within the limits.
// Small indirect streams (fonts, CMaps, forms) are decoded once; large
// ones, page contents mostly, are used once and not kept.
func (d *document) stream(o types.Object) ([]byte, types.Dict, error) {
	nr := objNr(o)
	if c, ok := d.streams[nr]; ok && nr != 0 {
		return c.data, c.dict, nil
	}
	data, dict, err := d.decodeStream(o)
	if err == nil && nr != 0 && len(data) <= maxCachedStream {
		d.streams[nr] = decoded{data, dict}
	}
	return data, dict, err
}

// maxCachedStream is the largest decoded stream kept for reuse.
const maxCachedStream = 1 << 20

// decoded is a decoded stream and its dictionary.
type decoded struct {
	data []byte
	dict types.Dict
}

func (d *document) decodeStream(o types.Object) ([]byte, types.Dict, error) {
	var sd types.StreamDict
	switch v := d.resolve(o).(type) {
	case types.StreamDict:
		sd = v
	case *types.StreamDict:
		if v == nil {
			return nil, nil, errors.New("not a stream")
		}
		sd = *v
	default:
		return nil, nil, errors.New("not a stream")
	}
	if sd.Content == nil {
		left := d.lim.MaxDecodedBytes - d.decoded
		if left <= 0 {
			return nil, nil, limitError("bytes of decompressed streams", d.lim.MaxDecodedBytes)
		}
		if err := sd.DecodeWithLimit(min(left, d.lim.MaxStreamBytes)); err != nil {
			if errors.Is(err, filter.ErrDecodeLimitExceeded) {
				if left < d.lim.MaxStreamBytes {
					return nil, nil, limitError("bytes of decompressed streams", d.lim.MaxDecodedBytes)
				}
				return nil, nil, limitError("bytes in a decompressed stream", d.lim.MaxStreamBytes)
			}
			// A flate stream cut short still yields what was decoded.
			content, ok := inflatePartial(sd, min(left, d.lim.MaxStreamBytes))
			if !ok {
				return nil, nil, fmt.Errorf("decode stream: %w", err)
			}
			sd.Content = content
		}
	}
	d.decoded += int64(len(sd.Content))
	if d.decoded > d.lim.MaxDecodedBytes {
		return nil, nil, limitError("bytes of decompressed streams", d.lim.MaxDecodedBytes)
	}
	return sd.Content, sd.Dict, nil
}

// inflatePartial decodes what it can of a corrupt or truncated stream whose
// only filter is FlateDecode without a predictor, up to limit bytes.
func inflatePartial(sd types.StreamDict, limit int64) ([]byte, bool) {
	if !plainFlate(sd) {
		return nil, false
	}
	zr, err := zlib.NewReader(bytes.NewReader(sd.Raw))
	if err != nil {
		return nil, false
	}
	out, _ := io.ReadAll(io.LimitReader(zr, limit))
	return out, len(out) > 0
}

// plainFlate reports whether a stream's only filter is FlateDecode without
// a predictor: zlib reads it.
func plainFlate(sd types.StreamDict) bool {
	return len(sd.FilterPipeline) == 1 && sd.FilterPipeline[0].Name == filter.Flate && sd.FilterPipeline[0].DecodeParms == nil
}

// page is what the interpreter needs of one page.
type page struct {
	number    int
	resources types.Dict
	contents  []types.Object // content streams, in order
	box       [4]float64     // the visible area: llx, lly, urx, ury
	rotate    int
}

// page returns page n (1-based); its errors do not repeat n.
func (d *document) page(n int) (*page, error) {
	pd, _, inh, err := d.xref.PageDict(n, false)
	if err != nil {
		return nil, err
	}
	if pd == nil {
		return nil, errors.New("missing")
	}
	p := &page{number: n, box: [4]float64{0, 0, 612, 792}}
	if inh != nil {
		p.resources = inh.Resources
		p.rotate = ((inh.Rotate % 360) + 360) % 360
		if inh.MediaBox != nil {
			p.box = rectOf(inh.MediaBox)
		}
		if inh.CropBox != nil {
			c := rectOf(inh.CropBox)
			// The crop box is clipped to the media box.
			c = [4]float64{max(c[0], p.box[0]), max(c[1], p.box[1]), min(c[2], p.box[2]), min(c[3], p.box[3])}
			if c[2] > c[0] && c[3] > c[1] {
				p.box = c
			}
		}
	}
	if r := d.dict(pd["Resources"]); r != nil {
		p.resources = r
	}
	switch c := d.resolve(pd["Contents"]).(type) {
	case types.Array:
		p.contents = c
	case nil:
	default:
		p.contents = []types.Object{pd["Contents"]}
	}
	return p, nil
}

func rectOf(r *types.Rectangle) [4]float64 {
	x0, x1 := min(r.LL.X, r.UR.X), max(r.LL.X, r.UR.X)
	y0, y1 := min(r.LL.Y, r.UR.Y), max(r.LL.Y, r.UR.Y)
	return [4]float64{x0, y0, x1, y1}
}
