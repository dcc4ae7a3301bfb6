// Package baseline reads and writes baselines: the findings known when a
// run was made, so that a later run reports only the new ones. A
// reviewing authority writes one for this year's reports, follows up the
// open entries next year and dismisses, with a reason, the ones it
// accepts:
//
//	version: 1
//	entries:
//	  - fingerprint: 22f069ff61dae705
//	    rule: arithmetic/application-balance
//	    file: {issuer: 平潭综合实验区自然资源与生态环境局, year: 2021}
//	    place: 表三 “（七）总计” “自然人”
//	    message: 第一项加第二项之和（16）不等于第三项加第四项之和（18）（自然人列）
//	    status: open
//	    reason: ""
//
// An entry is recognised by its fingerprint alone (engine.Fingerprints):
// the rule, the report's issuer and year, and the finding's place in the
// report, not its line. rule, file, place and message say for a reader
// what it was when the entry was written. Every mistake in a baseline is
// an error naming the file and line.
package baseline

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/nianbao/nianbao/config"
	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/internal/suggest"
)

// Version is the version of the baseline format read and written.
const Version = 1

// Statuses of an entry.
const (
	// StatusOpen is a finding known and to be followed up.
	StatusOpen = "open"
	// StatusDismissed is a finding accepted, for the entry's reason.
	StatusDismissed = "dismissed"
)

// MaxSize is the largest baseline read.
const MaxSize = 64 << 20

// File is the report an entry is about: its issuer and year, or, for a
// report without both, the base name of its file.
type File struct {
	Issuer string
	Year   int
	Name   string
}

// FileOf is the File of a linted file.
func FileOf(f engine.FileResult) File {
	if m := f.Report; m != nil && engine.NormalizeIssuer(m.Issuer) != "" && m.Year != nil {
		return File{Issuer: m.Issuer, Year: *m.Year}
	}
	return File{Name: filepath.Base(filepath.ToSlash(f.Path))}
}

// key is the file's engine.FileKey.
func (f File) key() string {
	if f.Issuer != "" && f.Year != 0 {
		y := f.Year
		return engine.FileKey(f.Issuer, &y, f.Name)
	}
	return engine.FileKey("", nil, f.Name)
}

// Entry is one finding of a baseline.
type Entry struct {
	Fingerprint string
	Rule        string
	File        File
	// Place and Message are the finding's place in the report and its
	// message when the entry was written.
	Place   string
	Message string
	// Status is StatusOpen or StatusDismissed; Reason says why a finding
	// was dismissed.
	Status string
	Reason string
}

// EntryOf is the open entry of a diagnostic of a file.
func EntryOf(f engine.FileResult, d engine.Diagnostic) Entry {
	return Entry{Fingerprint: d.Fingerprint, Rule: d.Rule, File: FileOf(f), Place: d.Place, Message: d.Message, Status: StatusOpen}
}

// Baseline is a list of entries, each fingerprint once.
type Baseline struct {
	Entries []Entry
	index   map[string]int
}

// Lookup returns the entry of a fingerprint.
func (b *Baseline) Lookup(fingerprint string) (Entry, bool) {
	if b == nil {
		return Entry{}, false
	}
	i, ok := b.index[fingerprint]
	if !ok {
		return Entry{}, false
	}
	return b.Entries[i], true
}

// add appends e unless its fingerprint is there already.
func (b *Baseline) add(e Entry) {
	if b.index == nil {
		b.index = map[string]int{}
	}
	if _, ok := b.index[e.Fingerprint]; ok {
		return
	}
	b.index[e.Fingerprint] = len(b.Entries)
	b.Entries = append(b.Entries, e)
}

// New returns the baseline of the findings of files: an open entry for
// each diagnostic. With previous (the baseline being written
// over), an entry still found keeps its status and reason, and the
// entries of reports this run did not check completely (not among files,
// or failed) are kept as they are.
func New(files []engine.FileResult, previous *Baseline) *Baseline {
	b := &Baseline{}
	checked := map[string]bool{}
	for _, f := range files {
		if !f.Failed() {
			checked[FileOf(f).key()] = true
		}
		for _, d := range f.Diagnostics {
			if d.Fingerprint == "" {
				continue
			}
			e := EntryOf(f, d)
			if old, ok := previous.Lookup(d.Fingerprint); ok {
				e.Status, e.Reason = old.Status, old.Reason
			}
			b.add(e)
		}
	}
	if previous != nil {
		for _, e := range previous.Entries {
			if !checked[e.File.key()] {
				b.add(e)
			}
		}
	}
	return b
}

// Outcome is what a baseline left out of a run.
type Outcome struct {
	// Suppressed counts the findings left out, Dismissed those of
	// dismissed entries among them.
	Suppressed, Dismissed int
	// Fixed are the entries of reports checked in the run that were not
	// found, in the baseline's order.
	Fixed []Fixed
}

// Fixed is an entry no longer found, with the path of its report.
type Fixed struct {
	Path string
	Entry
}

// Apply leaves out of files the diagnostics the baseline lists and
// returns what it left out. enabled tells the rules that ran: an entry of
// a rule turned off is not fixed, only unchecked.
func (b *Baseline) Apply(files []engine.FileResult, enabled func(rule string) bool) Outcome {
	var out Outcome
	found := map[string]bool{}
	paths := map[string]string{}
	for i := range files {
		f := &files[i]
		if k := FileOf(*f).key(); !f.Failed() && paths[k] == "" {
			paths[k] = f.Path
		}
		f.Diagnostics = slices.DeleteFunc(f.Diagnostics, func(d engine.Diagnostic) bool {
			e, ok := b.Lookup(d.Fingerprint)
			if !ok || d.Fingerprint == "" {
				return false
			}
			found[d.Fingerprint] = true
			out.Suppressed++
			if e.Status == StatusDismissed {
				out.Dismissed++
			}
			return true
		})
	}
	if b == nil {
		return out
	}
	for _, e := range b.Entries {
		if p, ok := paths[e.File.key()]; ok && !found[e.Fingerprint] && (enabled == nil || enabled(e.Rule)) {
			out.Fixed = append(out.Fixed, Fixed{Path: p, Entry: e})
		}
	}
	return out
}

// Load reads the baseline at path.
func Load(path string) (*Baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, l10n.Wrap(err, "baseline")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, l10n.Wrap(err, "baseline %s", path)
	}
	if len(data) > MaxSize {
		return nil, &config.Error{Path: path, Err: l10n.New("larger than %d bytes", MaxSize)}
	}
	return Parse(data, path)
}

// Keys are the keys of a baseline, entryKeys those of an entry and
// fileKeys those of an entry's file.
var (
	Keys      = []string{"entries", "version"}
	entryKeys = []string{"file", "fingerprint", "message", "place", "reason", "rule", "status"}
	fileKeys  = []string{"issuer", "name", "year"}
	statuses  = []string{StatusOpen, StatusDismissed}
)

// yamlLine finds the line in the YAML library's error messages.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Parse reads a baseline's content; name is how messages call the file.
func Parse(data []byte, name string) (*Baseline, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, &config.Error{Path: name, Line: line, Err: l10n.New("invalid YAML: %s", m[2])}
		}
		return nil, &config.Error{Path: name, Err: l10n.New("invalid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &config.Error{Path: name, Line: extra.Line, Err: l10n.New("more than one YAML document")}
	}
	p := &parser{name: name, b: &Baseline{}, lines: map[string]int{}}
	if len(doc.Content) == 0 {
		return nil, &config.Error{Path: name, Line: 1, Err: l10n.New("no version: a baseline starts with \"version: %d\"", Version)}
	}
	p.top(doc.Content[0])
	if len(p.errs) > maxErrors {
		more := len(p.errs) - maxErrors
		p.errs = append(p.errs[:maxErrors], &config.Error{Path: name, Err: l10n.New("and %d more mistakes", more)})
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return p.b, nil
}

// maxErrors is how many mistakes in a file are reported.
const maxErrors = 20

// parser reads the YAML tree, collecting every mistake.
type parser struct {
	name string
	b    *Baseline
	errs []error
	// lines gives the line of each fingerprint read.
	lines map[string]int
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &config.Error{Path: p.name, Line: n.Line, Column: n.Column, Err: l10n.New(format, args...)})
}

// pairs returns the keys and values of a mapping, reporting duplicate
// and unknown keys.
func (p *parser) pairs(n *yaml.Node, what any, where string, known []string) (keys, values []*yaml.Node, ok bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s must be a mapping", what)
		return nil, nil, false
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			p.errorf(k, "%s: keys must be strings", what)
		case seen[k.Value]:
			p.errorf(k, "%s: %q is set twice", what, k.Value)
		case !slices.Contains(known, k.Value):
			valid := strings.Join(known, ", ")
			if best := suggest.Closest(k.Value, known, 2); best != "" {
				p.errorf(k, "%sunknown key %q (did you mean %q?) (valid keys: %s)", where, k.Value, best, valid)
			} else {
				p.errorf(k, "%sunknown key %q (valid keys: %s)", where, k.Value, valid)
			}
		default:
			seen[k.Value] = true
			keys, values = append(keys, k), append(values, v)
		}
	}
	return keys, values, true
}

func (p *parser) top(root *yaml.Node) {
	keys, values, ok := p.pairs(root, l10n.New("the baseline"), "", Keys)
	if !ok {
		return
	}
	var entries *yaml.Node
	version := false
	for i, k := range keys {
		v := values[i]
		switch k.Value {
		case "version":
			version = true
			if n, err := strconv.Atoi(v.Value); v.Kind != yaml.ScalarNode || err != nil || n != Version {
				p.errorf(v, "unknown baseline version %q: this nianbao reads version %d", v.Value, Version)
				return
			}
		case "entries":
			entries = v
		}
	}
	if !version {
		p.errorf(root, "no version: a baseline starts with \"version: %d\"", Version)
		return
	}
	if entries == nil || entries.Kind == yaml.ScalarNode && entries.Tag == "!!null" {
		return
	}
	if entries.Kind != yaml.SequenceNode {
		p.errorf(entries, "entries must be a list of entries (- fingerprint: …)")
		return
	}
	for _, n := range entries.Content {
		p.entry(n)
	}
}

// entry reads one entry.
func (p *parser) entry(n *yaml.Node) {
	bad := len(p.errs)
	keys, values, ok := p.pairs(n, "entry", "entry: ", entryKeys)
	if !ok {
		return
	}
	e := Entry{Status: StatusOpen}
	for i, k := range keys {
		v := values[i]
		switch k.Value {
		case "fingerprint":
			e.Fingerprint = p.scalar(v, k.Value)
		case "rule":
			e.Rule = p.scalar(v, k.Value)
		case "place":
			e.Place = p.scalar(v, k.Value)
		case "message":
			e.Message = p.scalar(v, k.Value)
		case "reason":
			e.Reason = p.scalar(v, k.Value)
		case "status":
			e.Status = p.scalar(v, k.Value)
			if !slices.Contains(statuses, e.Status) {
				p.errorf(v, "invalid %s %q (valid: %s)", k.Value, e.Status, strings.Join(statuses, ", "))
			}
		case "file":
			e.File = p.file(v)
		}
	}
	if len(p.errs) > bad {
		return
	}
	for _, need := range []struct{ key, value string }{{"fingerprint", e.Fingerprint}, {"rule", e.Rule}} {
		if need.value == "" {
			p.errorf(n, "an entry needs a %s", need.key)
		}
	}
	if len(p.errs) > bad {
		return
	}
	if line, dup := p.lines[e.Fingerprint]; dup {
		p.errorf(n, "fingerprint %s is listed twice (first at line %d)", e.Fingerprint, line)
		return
	}
	p.lines[e.Fingerprint] = n.Line
	p.b.add(e)
}

// file reads an entry's file.
func (p *parser) file(n *yaml.Node) File {
	keys, values, ok := p.pairs(n, "file", "file: ", fileKeys)
	if !ok {
		return File{}
	}
	var f File
	for i, k := range keys {
		v := values[i]
		switch k.Value {
		case "issuer":
			f.Issuer = p.scalar(v, k.Value)
		case "name":
			f.Name = p.scalar(v, k.Value)
		case "year":
			y, err := strconv.Atoi(v.Value)
			if v.Kind != yaml.ScalarNode || err != nil || y < 1 {
				p.errorf(v, "year must be a year, such as 2024")
				continue
			}
			f.Year = y
		}
	}
	if (f.Issuer == "" || f.Year == 0) && f.Name == "" {
		p.errorf(n, "file needs issuer and year, or name")
	}
	return f
}

// scalar returns the string of a scalar node, reporting any other.
func (p *parser) scalar(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.errorf(n, "%s must be a string", what)
		return ""
	}
	return n.Value
}

// header is the comment at the top of a baseline written, by language.
var header = map[string]string{
	"zh": `nianbao 基线：写入时已知的问题。nianbao lint --baseline 此文件 只报告不在其中的问题。
status: open（已知，待跟进）或 dismissed（不再跟进，在 reason 中说明理由）。
由 nianbao baseline write 写入；条目按 fingerprint 识别，其余各项供阅读。`,
	"en": `nianbao baseline: the findings known when it was written. nianbao lint --baseline THIS_FILE
reports only the findings not in it. status: open (known, to be followed up) or dismissed
(accepted: give the reason). Written by nianbao baseline write; an entry is recognised by its
fingerprint, the other fields are for a reader.`,
}

// Write writes the baseline as YAML, with a comment in lang at its top.
func (b *Baseline) Write(w io.Writer, lang string) error {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, e := range b.Entries {
		seq.Content = append(seq.Content, entryNode(e, true))
	}
	h, ok := header[lang]
	if !ok {
		h = header["zh"]
	}
	root := &yaml.Node{Kind: yaml.MappingNode, HeadComment: h, Content: []*yaml.Node{
		str("version"), {Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(Version)},
		str("entries"), seq,
	}}
	return encode(w, &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}})
}

// Snippet is the YAML of e as an item of the entries of a baseline
// written by Write, indented as they are, without the reason when it is
// empty (the review page adds the one given).
func Snippet(e Entry) string {
	var b strings.Builder
	_ = encode(&b, &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		str("entries"), {Kind: yaml.SequenceNode, Content: []*yaml.Node{entryNode(e, e.Reason != "")}},
	}})
	return strings.TrimPrefix(b.String(), "entries:\n")
}

func encode(w io.Writer, n *yaml.Node) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return err
	}
	return enc.Close()
}

func entryNode(e Entry, reason bool) *yaml.Node {
	file := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	if e.File.Issuer != "" {
		file.Content = append(file.Content, str("issuer"), str(e.File.Issuer))
	}
	if e.File.Year != 0 {
		file.Content = append(file.Content, str("year"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(e.File.Year)})
	}
	if e.File.Name != "" {
		file.Content = append(file.Content, str("name"), str(e.File.Name))
	}
	n := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		str("fingerprint"), str(e.Fingerprint),
		str("rule"), str(e.Rule),
		str("file"), file,
		str("place"), str(e.Place),
		str("message"), str(e.Message),
		str("status"), str(e.Status),
	}}
	if reason {
		n.Content = append(n.Content, str("reason"), str(e.Reason))
	}
	return n
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }
