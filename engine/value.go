package engine

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/report"
)

// toValue converts a document to the ast.Value that its JSON encoding
// would give, directly, without writing and reading JSON text: every
// field by its json tag (omitempty as encoding/json reads it), nil
// pointers and slices as null, numbers as JSON numbers.
//
// The conversion is written out for each type of the document rather
// than read through reflection, because it is paid for every report: a
// document has some 1,500 objects (most of them locations and cells), and
// this way it costs a few allocations per object, the ones OPA's object
// needs, and no more. Small whole numbers (lines, columns, most counts)
// and common short strings (a cell's "0") are OPA's interned terms.
// TestToValueMatchesJSON and TestToValueCoversEveryField check it against
// OPA's own conversion, which goes through JSON.
func toValue(doc *report.Document) ast.Value {
	var c converter
	return c.document(doc).Value
}

// converter holds the scratch space of one conversion: the key-value
// pairs of the objects being built, as a stack (ast.NewObject copies
// them, so one buffer serves every object).
type converter struct {
	pairs [][2]*ast.Term
}

// begin starts an object and returns its mark; put adds a pair; end makes
// the object of the pairs since mark. Values are converted before put, so
// the objects they build start and end above the mark.
func (c *converter) begin() int { return len(c.pairs) }

func (c *converter) put(k, v *ast.Term) { c.pairs = append(c.pairs, [2]*ast.Term{k, v}) }

func (c *converter) end(mark int) *ast.Term {
	t := ast.NewTerm(ast.NewObject(c.pairs[mark:]...))
	clear(c.pairs[mark:])
	c.pairs = c.pairs[:mark]
	return t
}

// keys holds the terms of the object keys, made once.
var keys = func() map[string]*ast.Term {
	m := map[string]*ast.Term{}
	for _, k := range []string{
		"schema_version", "source", "title", "issuer", "year", "years", "template", "period", "published",
		"contact", "preamble", "sections", "tables", "facts", "sentences", "notes", "template_evidence",
		"end", "previous", "comparison", "children", "children_missing",
		"path", "format", "encoding", "sha256", "lines", "pages", "paragraphs", "page_date",
		"text", "loc", "name", "kind", "from", "title_name", "start", "date", "value",
		"address", "postcode", "phones", "faxes", "emails", "person",
		"key", "number", "heading", "subsections", "template_heading",
		"raw", "active", "applications", "review", "processing_fees",
		"cells", "unit", "column_labels", "columns", "rows", "row_labels", "unsplit",
		"reconsideration", "litigation_direct", "litigation_after_review",
		"section", "sentence", "sentence_loc",
		"code", "message", "table", "missing", "unread", "run_together", "reason", "count",
		"signal", "weak",
		"line", "column", "end_line", "end_column", "page", "paragraph", "numbers",
		// The keys of sections, rows and columns.
		"overview", "active_disclosure", "problems", "other_matters",
		"other_handling", "legal_person_subtotal",
		"upheld", "corrected", "other", "pending",
		"regulations", "normative_documents", "licensing", "other_services", "punishment",
		"coercion", "administrative_fees", "procurement",
		"issued", "repealed", "in_force", "decisions", "amount", "new_made", "new_published",
		"total_published", "previous_count", "change", "project_count",
		"notified_count", "notified_amount", "collected_amount",
	} {
		m[k] = ast.StringTerm(k)
	}
	// Table 三's rows and columns, as the parser names them.
	for _, k := range slices.Concat(parser.ApplicationRows, parser.ApplicationColumns) {
		m[k] = ast.StringTerm(k)
	}
	return m
}()

func key(k string) *ast.Term {
	if t, ok := keys[k]; ok {
		return t
	}
	return ast.StringTerm(k)
}

var (
	kSchemaVersion   = key("schema_version")
	kSource          = key("source")
	kTitle           = key("title")
	kIssuer          = key("issuer")
	kYear            = key("year")
	kYears           = key("years")
	kTemplate        = key("template")
	kPeriod          = key("period")
	kPublished       = key("published")
	kContact         = key("contact")
	kPreamble        = key("preamble")
	kSections        = key("sections")
	kTables          = key("tables")
	kFacts           = key("facts")
	kSentences       = key("sentences")
	kNotes           = key("notes")
	kTemplateEvid    = key("template_evidence")
	kEnd             = key("end")
	kPrevious        = key("previous")
	kComparison      = key("comparison")
	kChildren        = key("children")
	kChildrenMissing = key("children_missing")
	kPath            = key("path")
	kFormat          = key("format")
	kEncoding        = key("encoding")
	kSHA256          = key("sha256")
	kLines           = key("lines")
	kPages           = key("pages")
	kParagraphs      = key("paragraphs")
	kPageDate        = key("page_date")
	kText            = key("text")
	kLoc             = key("loc")
	kName            = key("name")
	kKind            = key("kind")
	kFrom            = key("from")
	kTitleName       = key("title_name")
	kStart           = key("start")
	kDate            = key("date")
	kValue           = key("value")
	kAddress         = key("address")
	kPostcode        = key("postcode")
	kPhones          = key("phones")
	kFaxes           = key("faxes")
	kEmails          = key("emails")
	kPerson          = key("person")
	kKey             = key("key")
	kNumber          = key("number")
	kHeading         = key("heading")
	kSubsections     = key("subsections")
	kTemplateHeading = key("template_heading")
	kRaw             = key("raw")
	kActive          = key("active")
	kApplications    = key("applications")
	kReview          = key("review")
	kProcessingFees  = key("processing_fees")
	kCells           = key("cells")
	kUnit            = key("unit")
	kColumnLabels    = key("column_labels")
	kColumns         = key("columns")
	kRows            = key("rows")
	kRowLabels       = key("row_labels")
	kUnsplit         = key("unsplit")
	kReconsideration = key("reconsideration")
	kLitDirect       = key("litigation_direct")
	kLitAfterReview  = key("litigation_after_review")
	kSection         = key("section")
	kSentence        = key("sentence")
	kSentenceLoc     = key("sentence_loc")
	kCode            = key("code")
	kMessage         = key("message")
	kTable           = key("table")
	kMissing         = key("missing")
	kUnread          = key("unread")
	kRunTogether     = key("run_together")
	kReason          = key("reason")
	kCount           = key("count")
	kSignal          = key("signal")
	kWeak            = key("weak")
	kLine            = key("line")
	kColumn          = key("column")
	kEndLine         = key("end_line")
	kEndColumn       = key("end_column")
	kPage            = key("page")
	kParagraph       = key("paragraph")
	kNumbers         = key("numbers")
)

// str is the term of a string: OPA's interned one for the short strings
// it interns (digits, "0" to "512" among them), the empty string's.
func str(s string) *ast.Term {
	if len(s) <= 4 {
		return ast.InternedTerm(s)
	}
	return ast.StringTerm(s)
}

// intTerm is the term of a whole number: OPA's interned one when it has
// one (from -1 to 512).
func intTerm(i int) *ast.Term { return ast.InternedTerm(i) }

func intPtr(p *int) *ast.Term {
	if p == nil {
		return ast.InternedNullTerm
	}
	return intTerm(*p)
}

// floatTerm is the term of a number as encoding/json writes it.
func floatTerm(f float64) *ast.Term {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 && !(f == 0 && math.Signbit(f)) {
		return intTerm(int(f))
	}
	return ast.NumberTerm(json.Number(strconv.FormatFloat(f, 'f', -1, 64)))
}

func stringsTerm(ss []string) *ast.Term {
	if ss == nil {
		return ast.InternedNullTerm
	}
	ts := make([]*ast.Term, len(ss))
	for i, s := range ss {
		ts[i] = str(s)
	}
	return ast.NewTerm(ast.NewArray(ts...))
}

// array converts a slice, nil as null.
func array[T any](c *converter, xs []T, f func(*converter, *T) *ast.Term) *ast.Term {
	if xs == nil {
		return ast.InternedNullTerm
	}
	ts := make([]*ast.Term, len(xs))
	for i := range xs {
		ts[i] = f(c, &xs[i])
	}
	return ast.NewTerm(ast.NewArray(ts...))
}

// object converts a map with string keys, nil as null.
func object[T any](c *converter, m map[string]T, f func(*converter, *T) *ast.Term) *ast.Term {
	if m == nil {
		return ast.InternedNullTerm
	}
	mark := c.begin()
	for k, v := range m {
		c.put(key(k), f(c, &v))
	}
	return c.end(mark)
}

func ptr[T any](c *converter, p *T, f func(*converter, *T) *ast.Term) *ast.Term {
	if p == nil {
		return ast.InternedNullTerm
	}
	return f(c, p)
}

func (c *converter) document(d *report.Document) *ast.Term {
	m := c.begin()
	c.put(kSchemaVersion, intTerm(d.SchemaVersion))
	c.put(kSource, c.source(&d.Source))
	c.put(kTitle, ptr(c, d.Title, (*converter).title))
	c.put(kIssuer, ptr(c, d.Issuer, (*converter).issuer))
	c.put(kYear, intPtr(d.Year))
	c.put(kYears, c.years(&d.Years))
	c.put(kTemplate, str(d.Template))
	c.put(kPeriod, ptr(c, d.Period, (*converter).period))
	c.put(kPublished, ptr(c, d.Published, (*converter).published))
	c.put(kContact, ptr(c, d.Contact, (*converter).contact))
	c.put(kPreamble, ptr(c, d.Preamble, (*converter).preamble))
	c.put(kSections, array(c, d.Sections, (*converter).section))
	c.put(kTables, c.tables(&d.Tables))
	c.put(kFacts, c.facts(d.Facts))
	c.put(kSentences, array(c, d.Sentences, (*converter).sentence))
	c.put(kNotes, array(c, d.Notes, (*converter).note))
	c.put(kTemplateEvid, array(c, d.TemplateEvidence, (*converter).evidence))
	c.put(kEnd, c.loc(&d.End))
	c.put(kPrevious, ptr(c, d.Previous, (*converter).document))
	c.put(kComparison, ptr(c, d.Comparison, (*converter).comparison))
	if len(d.Children) > 0 {
		c.put(kChildren, array(c, d.Children, (*converter).document))
	}
	if len(d.ChildrenMissing) > 0 {
		c.put(kChildrenMissing, array(c, d.ChildrenMissing, func(_ *converter, s *string) *ast.Term { return str(*s) }))
	}
	return c.end(m)
}

func (c *converter) loc(l *report.Loc) *ast.Term {
	m := c.begin()
	c.put(kLine, intTerm(l.Line))
	c.put(kColumn, intTerm(l.Column))
	c.put(kEndLine, intTerm(l.EndLine))
	c.put(kEndColumn, intTerm(l.EndColumn))
	if l.Page != 0 {
		c.put(kPage, intTerm(l.Page))
	}
	if l.Paragraph != 0 {
		c.put(kParagraph, intTerm(l.Paragraph))
	}
	return c.end(m)
}

func (c *converter) source(s *report.Source) *ast.Term {
	m := c.begin()
	c.put(kPath, str(s.Path))
	c.put(kFormat, str(s.Format))
	c.put(kEncoding, str(s.Encoding))
	c.put(kSHA256, str(s.SHA256))
	c.put(kLines, intTerm(s.Lines))
	if s.Pages != 0 {
		c.put(kPages, intTerm(s.Pages))
	}
	if s.Paragraphs != 0 {
		c.put(kParagraphs, intTerm(s.Paragraphs))
	}
	if s.PageDate != nil {
		c.put(kPageDate, c.published(s.PageDate))
	}
	return c.end(m)
}

func (c *converter) title(t *report.Title) *ast.Term {
	m := c.begin()
	c.put(kText, str(t.Text))
	c.put(kLoc, c.loc(&t.Loc))
	return c.end(m)
}

func (c *converter) issuer(is *report.Issuer) *ast.Term {
	m := c.begin()
	c.put(kName, str(is.Name))
	c.put(kKind, str(is.Kind))
	c.put(kLoc, c.loc(&is.Loc))
	c.put(kFrom, str(is.From))
	if is.TitleName != "" {
		c.put(kTitleName, str(is.TitleName))
	}
	return c.end(m)
}

func (c *converter) years(y *report.Years) *ast.Term {
	m := c.begin()
	c.put(kTitle, intPtr(y.Title))
	c.put(kPeriod, intPtr(y.Period))
	c.put(kPublished, intPtr(y.Published))
	return c.end(m)
}

func (c *converter) period(p *report.Period) *ast.Term {
	m := c.begin()
	c.put(kStart, str(p.Start))
	c.put(kEnd, str(p.End))
	c.put(kLoc, c.loc(&p.Loc))
	return c.end(m)
}

func (c *converter) published(p *report.Published) *ast.Term {
	m := c.begin()
	c.put(kDate, str(p.Date))
	c.put(kLoc, c.loc(&p.Loc))
	return c.end(m)
}

func (c *converter) field(f *report.Field) *ast.Term {
	m := c.begin()
	c.put(kValue, str(f.Value))
	c.put(kLoc, c.loc(&f.Loc))
	return c.end(m)
}

func (c *converter) contact(ct *report.Contact) *ast.Term {
	m := c.begin()
	c.put(kLoc, c.loc(&ct.Loc))
	c.put(kAddress, ptr(c, ct.Address, (*converter).field))
	c.put(kPostcode, ptr(c, ct.Postcode, (*converter).field))
	c.put(kPhones, array(c, ct.Phones, (*converter).field))
	c.put(kFaxes, array(c, ct.Faxes, (*converter).field))
	c.put(kEmails, array(c, ct.Emails, (*converter).field))
	c.put(kPerson, ptr(c, ct.Person, (*converter).field))
	return c.end(m)
}

func (c *converter) preamble(p *report.Preamble) *ast.Term {
	m := c.begin()
	c.put(kText, str(p.Text))
	c.put(kLoc, c.loc(&p.Loc))
	return c.end(m)
}

func (c *converter) section(s *report.Section) *ast.Term {
	m := c.begin()
	c.put(kKey, str(s.Key))
	c.put(kNumber, intPtr(s.Number))
	c.put(kHeading, str(s.Heading))
	c.put(kLoc, c.loc(&s.Loc))
	c.put(kText, str(s.Text))
	c.put(kSubsections, array(c, s.Subsections, (*converter).subsection))
	c.put(kEnd, c.loc(&s.End))
	if s.TemplateHeading != "" {
		c.put(kTemplateHeading, str(s.TemplateHeading))
	}
	return c.end(m)
}

func (c *converter) subsection(s *report.Subsection) *ast.Term {
	m := c.begin()
	c.put(kNumber, intPtr(s.Number))
	c.put(kHeading, str(s.Heading))
	c.put(kLoc, c.loc(&s.Loc))
	c.put(kText, str(s.Text))
	return c.end(m)
}

func (c *converter) cell(cl *report.Cell) *ast.Term {
	m := c.begin()
	if cl.Value == nil {
		c.put(kValue, ast.InternedNullTerm)
	} else {
		c.put(kValue, floatTerm(*cl.Value))
	}
	c.put(kRaw, str(cl.Raw))
	c.put(kLoc, c.loc(&cl.Loc))
	return c.end(m)
}

func (c *converter) label(l *report.Label) *ast.Term {
	m := c.begin()
	c.put(kText, str(l.Text))
	c.put(kLoc, c.loc(&l.Loc))
	return c.end(m)
}

func (c *converter) cells(m *map[string]report.Cell) *ast.Term {
	return object(c, *m, (*converter).cell)
}

func (c *converter) tables(t *report.Tables) *ast.Term {
	m := c.begin()
	if t.Active != nil {
		c.put(kActive, c.table(t.Active))
	}
	if t.Applications != nil {
		c.put(kApplications, c.table(t.Applications))
	}
	if t.Review != nil {
		c.put(kReview, c.reviewTable(t.Review))
	}
	if t.ProcessingFees != nil {
		c.put(kProcessingFees, c.feeTable(t.ProcessingFees))
	}
	return c.end(m)
}

func (c *converter) feeTable(t *report.FeeTable) *ast.Term {
	m := c.begin()
	c.put(kLoc, c.loc(&t.Loc))
	c.put(kCells, object(c, t.Cells, (*converter).cell))
	c.put(kUnit, str(t.Unit))
	c.put(kColumnLabels, array(c, t.ColumnLabels, (*converter).label))
	return c.end(m)
}

func (c *converter) table(t *report.Table) *ast.Term {
	m := c.begin()
	c.put(kLoc, c.loc(&t.Loc))
	c.put(kColumns, stringsTerm(t.Columns))
	c.put(kRows, object(c, t.Rows, (*converter).cells))
	c.put(kRowLabels, object(c, t.RowLabels, (*converter).label))
	c.put(kColumnLabels, array(c, t.ColumnLabels, (*converter).label))
	if len(t.Unsplit) > 0 {
		c.put(kUnsplit, object(c, t.Unsplit, (*converter).label))
	}
	c.put(kNumbers, c.numbers(t.Rows))
	return c.end(m)
}

// numbers is the numbers field of a table with rows (see
// report.TableNumbers), made from the rows as they stand, never read from
// the document: a document changed after parsing is linted as it is.
func (c *converter) numbers(rows map[string]map[string]report.Cell) *ast.Term {
	if rows == nil {
		return ast.InternedNullTerm
	}
	m := c.begin()
	for k, cells := range rows {
		c.put(key(k), c.cellNumbers(cells))
	}
	return c.end(m)
}

func (c *converter) cellNumbers(cells map[string]report.Cell) *ast.Term {
	if cells == nil {
		return ast.InternedNullTerm
	}
	m := c.begin()
	for k, cell := range cells {
		if cell.Value != nil {
			c.put(key(k), floatTerm(*cell.Value))
		}
	}
	return c.end(m)
}

func (c *converter) reviewTable(t *report.ReviewTable) *ast.Term {
	m := c.begin()
	c.put(kLoc, c.loc(&t.Loc))
	c.put(kReconsideration, object(c, t.Reconsideration, (*converter).cell))
	c.put(kLitDirect, object(c, t.LitigationDirect, (*converter).cell))
	c.put(kLitAfterReview, object(c, t.LitigationAfterReview, (*converter).cell))
	c.put(kColumnLabels, array(c, t.ColumnLabels, (*converter).label))
	n := c.begin()
	for k, cells := range map[*ast.Term]map[string]report.Cell{
		kReconsideration: t.Reconsideration, kLitDirect: t.LitigationDirect, kLitAfterReview: t.LitigationAfterReview,
	} {
		if cells != nil {
			c.put(k, c.cellNumbers(cells))
		}
	}
	c.put(kNumbers, c.end(n))
	return c.end(m)
}

// facts converts the facts, each placed in its sentence as it stands
// (report.FactPlaces), like numbers.
func (c *converter) facts(fs []report.Fact) *ast.Term {
	if fs == nil {
		return ast.InternedNullTerm
	}
	places := report.FactPlaces(fs)
	ts := make([]*ast.Term, len(fs))
	for i := range fs {
		ts[i] = c.fact(&fs[i], places[i])
	}
	return ast.NewTerm(ast.NewArray(ts...))
}

func (c *converter) fact(f *report.Fact, p report.Place) *ast.Term {
	m := c.begin()
	c.put(kSection, str(f.Section))
	c.put(kSentence, str(f.Sentence))
	c.put(kNumber, floatTerm(f.Number))
	c.put(kRaw, str(f.Raw))
	c.put(kUnit, str(f.Unit))
	c.put(kLoc, c.loc(&f.Loc))
	c.put(kSentenceLoc, c.loc(&f.SentenceLoc))
	c.put(kStart, intPtr(p.Start))
	c.put(kEnd, intPtr(p.End))
	return c.end(m)
}

func (c *converter) sentence(s *report.Sentence) *ast.Term {
	m := c.begin()
	c.put(kSection, str(s.Section))
	c.put(kText, str(s.Text))
	c.put(kLoc, c.loc(&s.Loc))
	return c.end(m)
}

func (c *converter) note(n *report.Note) *ast.Term {
	m := c.begin()
	c.put(kCode, str(n.Code))
	c.put(kMessage, str(n.Message))
	c.put(kLoc, c.loc(&n.Loc))
	if n.Table != "" {
		c.put(kTable, str(n.Table))
	}
	if len(n.Missing) > 0 {
		c.put(kMissing, stringsTerm(n.Missing))
	}
	if len(n.Unread) > 0 {
		c.put(kUnread, stringsTerm(n.Unread))
	}
	if len(n.RunTogether) > 0 {
		c.put(kRunTogether, stringsTerm(n.RunTogether))
	}
	if n.Reason != "" {
		c.put(kReason, str(n.Reason))
	}
	if n.Count != 0 {
		c.put(kCount, intTerm(n.Count))
	}
	return c.end(m)
}

func (c *converter) evidence(e *report.Evidence) *ast.Term {
	m := c.begin()
	c.put(kSignal, str(e.Signal))
	c.put(kText, str(e.Text))
	c.put(kLoc, c.loc(&e.Loc))
	c.put(kWeak, ast.InternedTerm(e.Weak))
	return c.end(m)
}

func (c *converter) comparison(cm *report.Comparison) *ast.Term {
	m := c.begin()
	if cm.Sections == nil {
		c.put(kSections, ast.InternedNullTerm)
	} else {
		s := c.begin()
		for k, v := range cm.Sections {
			c.put(key(k), floatTerm(v))
		}
		c.put(kSections, c.end(s))
	}
	return c.end(m)
}
