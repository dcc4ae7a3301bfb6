// Package report defines the report document (schema version 1): the one
// JSON document every parser produces and every policy receives as input.
//
// Field names are a public contract (see docs/report-json.md and the JSON
// Schema in schema.json): fields are added, never renamed.
package report

// SchemaVersion is the version of the document produced by this package.
const SchemaVersion = 1

// Source formats.
const (
	FormatText = "text"
	FormatHTML = "html"
	FormatDOCX = "docx"
	FormatDOC  = "doc" // Word 97–2003, and WPS files in its format
	FormatPDF  = "pdf"
	FormatOFD  = "ofd"
)

// Issuer kinds.
const (
	KindGovernment = "government"
	KindDepartment = "department"
	KindTownship   = "township"
	KindUnknown    = "unknown"
)

// Templates.
const (
	Template2021    = "2021"
	Template2019    = "2019"
	TemplateUnknown = "unknown"
)

// Section keys, in template order.
const (
	SectionOverview         = "overview"
	SectionActiveDisclosure = "active_disclosure"
	SectionApplications     = "applications"
	SectionReviewLitigation = "review_litigation"
	SectionProblems         = "problems"
	SectionOtherMatters     = "other_matters"
	// SectionProcessingFees is the 信息处理费收取情况 section that 2025
	// reports add as their 五 (the later sections move up one number). It
	// is not one of the six required sections.
	SectionProcessingFees = "processing_fees"
)

// SectionKeys lists the six section keys in template order.
var SectionKeys = []string{
	SectionOverview, SectionActiveDisclosure, SectionApplications,
	SectionReviewLitigation, SectionProblems, SectionOtherMatters,
}

// Loc is a location: 1-based line and column of the first character and of
// the position just after the last one (end_column is exclusive), counted in
// Unicode code points of the decoded text. For PDF and DOCX input it points
// into the extracted text and also names the page or paragraph.
type Loc struct {
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"end_line"`
	EndColumn int `json:"end_column"`
	Page      int `json:"page,omitempty"`
	Paragraph int `json:"paragraph,omitempty"`
}

// IsZero reports whether l is the zero location (nothing located).
func (l Loc) IsZero() bool { return l.Line == 0 }

// Document is the report document.
type Document struct {
	SchemaVersion int    `json:"schema_version"`
	Source        Source `json:"source"`

	Title     *Title     `json:"title"`
	Issuer    *Issuer    `json:"issuer"`
	Year      *int       `json:"year"`
	Years     Years      `json:"years"`
	Template  string     `json:"template"`
	Period    *Period    `json:"period"`
	Published *Published `json:"published"`
	Contact   *Contact   `json:"contact"`

	// Preamble is the narrative before the first section heading (after the
	// title): where the 统计期限 and contact details usually stand.
	Preamble *Preamble `json:"preamble"`
	Sections []Section `json:"sections"`
	Tables   Tables    `json:"tables"`
	Facts    []Fact    `json:"facts"`
	// Sentences lists every sentence of the narrative (preamble and
	// sections, not tables), so that policies can match words and point
	// at a sentence that states no number.
	Sentences []Sentence `json:"sentences"`
	Notes     []Note     `json:"notes"`

	// TemplateEvidence lists what made the parser decide on Template: the
	// 2019-template signatures it saw, each with its location.
	TemplateEvidence []Evidence `json:"template_evidence"`
	// End is the location just after the last line of the report: where
	// something missing at the end (a date, a signature) belongs.
	End Loc `json:"end"`

	// Previous is the same issuer's report of the year before, when one
	// was paired with this one (--previous, a run over several years,
	// --history), with no previous of its own; nil otherwise.
	Previous *Document `json:"previous"`
	// Comparison measures this report against Previous; nil without one.
	Comparison *Comparison `json:"comparison"`

	// Children are the reports of the units this one aggregates, of the
	// same year, when a roll-up file names them and they are in the run
	// (--rollup), each with no previous or children of its own.
	Children []Document `json:"children,omitempty"`
	// ChildrenMissing names the units the roll-up file lists for this
	// report whose reports of the year are not in the run.
	ChildrenMissing []string `json:"children_missing,omitempty"`
}

// Comparison is what a report shares with the previous year's.
type Comparison struct {
	// Sections gives, for each section both reports have, how much of
	// this year's text is last year's: 1 − the edit distance between the
	// two texts (white space and punctuation left out, digits alike)
	// over the longer one's length, from 0 (nothing alike) to 1 (the
	// same words).
	Sections map[string]float64 `json:"sections"`
}

// Source describes the file the document was read from.
type Source struct {
	Path     string `json:"path"`
	Format   string `json:"format"`
	Encoding string `json:"encoding"`
	SHA256   string `json:"sha256"`
	// Lines is the number of lines of the text that locations point into.
	Lines int `json:"lines"`
	// Pages is the number of pages (PDF) and Paragraphs the number of
	// paragraphs (DOCX); zero otherwise.
	Pages      int `json:"pages,omitempty"`
	Paragraphs int `json:"paragraphs,omitempty"`
	// PageDate is the date the page around the report gives (a saved web
	// page's "发布时间：2025-01-20", a crawler's metadata header): when the
	// page was put online, not the report's own date under its 落款. Nil
	// when there is none.
	PageDate *Published `json:"page_date,omitempty"`
}

// Title is the report's title line.
type Title struct {
	Text string `json:"text"`
	Loc  Loc    `json:"loc"`
}

// Issuer is the body that published the report.
type Issuer struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Loc  Loc    `json:"loc"`
	// From says where the name was found: "title", "signature" or "text".
	From string `json:"from"`
	// TitleName is the name as the title gives it, when the signature gives
	// a fuller one (昌吉州发改委 → 昌吉州发展和改革委员会).
	TitleName string `json:"title_name,omitempty"`
}

// Years holds the reporting year as each source gives it.
type Years struct {
	Title     *int `json:"title"`
	Period    *int `json:"period"`
	Published *int `json:"published"`
}

// Period is the 统计期限 statement.
type Period struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Loc   Loc    `json:"loc"`
}

// Published is the publication date under the signature.
type Published struct {
	Date string `json:"date"`
	Loc  Loc    `json:"loc"`
}

// Field is one located value.
type Field struct {
	Value string `json:"value"`
	Loc   Loc    `json:"loc"`
}

// Contact holds the contact details.
type Contact struct {
	Loc      Loc     `json:"loc"`
	Address  *Field  `json:"address"`
	Postcode *Field  `json:"postcode"`
	Phones   []Field `json:"phones"`
	Faxes    []Field `json:"faxes"`
	Emails   []Field `json:"emails"`
	Person   *Field  `json:"person"`
}

// Preamble is the text between the title and the first section.
type Preamble struct {
	Text string `json:"text"`
	Loc  Loc    `json:"loc"`
}

// Section is one of the six numbered sections.
type Section struct {
	Key string `json:"key"`
	// Number is the number as written (一 → 1), nil when the heading has none.
	Number      *int         `json:"number"`
	Heading     string       `json:"heading"`
	Loc         Loc          `json:"loc"`
	Text        string       `json:"text"`
	Subsections []Subsection `json:"subsections"`
	// End is where the section's last line ends.
	End Loc `json:"end"`
	// TemplateHeading is the template's wording of the heading when the
	// heading as written differs from it by a typo ("行政法复议") and was
	// recognised through it; empty otherwise.
	TemplateHeading string `json:"template_heading,omitempty"`
}

// Subsection is a （一）… heading inside a section.
type Subsection struct {
	Number  *int   `json:"number"`
	Heading string `json:"heading"`
	Loc     Loc    `json:"loc"`
	Text    string `json:"text"`
}

// Cell is one table cell. Value is nil when the cell is blank or not a
// number; Raw keeps the text as found.
type Cell struct {
	Value *float64 `json:"value"`
	Raw   string   `json:"raw"`
	Loc   Loc      `json:"loc"`
}

// Label is a row or column label as found in the report.
type Label struct {
	Text string `json:"text"`
	Loc  Loc    `json:"loc"`
}

// Tables holds the three tables; each is nil when not found.
type Tables struct {
	Active       *Table       `json:"active,omitempty"`
	Applications *Table       `json:"applications,omitempty"`
	Review       *ReviewTable `json:"review,omitempty"`
	// ProcessingFees is the 信息处理费收取情况 table of 2025 reports.
	ProcessingFees *FeeTable `json:"processing_fees,omitempty"`
}

// FeeTable is the 信息处理费收取情况 table: cells keyed notified_count
// (通知收取件数), notified_amount (通知收取金额) and collected_amount
// (实际收取金额); the amounts in the unit its header gives (Unit: "元" or
// "万元", "" when none).
type FeeTable struct {
	Loc          Loc             `json:"loc"`
	Cells        map[string]Cell `json:"cells"`
	Unit         string          `json:"unit"`
	ColumnLabels []Label         `json:"column_labels"`
}

// Table is table 二 (active) or table 三 (applications): rows by key, each
// a map from column key to cell.
type Table struct {
	Loc     Loc                        `json:"loc"`
	Columns []string                   `json:"columns"`
	Rows    map[string]map[string]Cell `json:"rows"`
	// RowLabels gives each recognised row's label as found.
	RowLabels map[string]Label `json:"row_labels"`
	// ColumnLabels gives the column labels as found, with locations.
	ColumnLabels []Label `json:"column_labels"`
	// Unsplit gives, for each row whose digits run together with no unique
	// split into its cells ("34089" for three cells), the digits as
	// written; the row's cells are not read. A row's last cell is always a
	// suffix of them.
	Unsplit map[string]Label `json:"unsplit,omitempty"`
	// Numbers gives, for each row, its cells that hold a number, by column
	// ({row: {column: number}}): the numbers of Rows, read once for every
	// rule that adds them up (see Derive).
	Numbers map[string]map[string]float64 `json:"numbers"`
}

// ReviewTable is table 四.
type ReviewTable struct {
	Loc                   Loc             `json:"loc"`
	Reconsideration       map[string]Cell `json:"reconsideration"`
	LitigationDirect      map[string]Cell `json:"litigation_direct"`
	LitigationAfterReview map[string]Cell `json:"litigation_after_review"`
	ColumnLabels          []Label         `json:"column_labels"`
	// Numbers gives, for each group, its cells that hold a number, by
	// column ({group: {column: number}}; see Derive).
	Numbers map[string]map[string]float64 `json:"numbers"`
}

// Fact is a number with a unit found in narrative text.
type Fact struct {
	Section  string  `json:"section"`
	Sentence string  `json:"sentence"`
	Number   float64 `json:"number"`
	Raw      string  `json:"raw"`
	Unit     string  `json:"unit"`
	Loc      Loc     `json:"loc"`
	// SentenceLoc spans the whole sentence.
	SentenceLoc Loc `json:"sentence_loc"`
	// Start and End are where Raw stands in Sentence: the offset of its
	// first character and the offset just after it (before the unit), in
	// code points; nil when it cannot be found there (see Derive).
	Start *int `json:"start"`
	End   *int `json:"end"`
}

// Sentence is one sentence of the narrative.
type Sentence struct {
	Section string `json:"section"`
	Text    string `json:"text"`
	Loc     Loc    `json:"loc"`
}

// Note records something the parser could not read.
type Note struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Loc     Loc    `json:"loc"`
	// Table names the table concerned ("active", "applications",
	// "review"), when there is one.
	Table string `json:"table,omitempty"`
	// Missing lists what was expected and not found (row keys, columns):
	// rows the report left out.
	Missing []string `json:"missing,omitempty"`
	// Unread lists rows that stand in the report but whose cells could
	// not all be read (fewer cells than columns, text in place of them).
	Unread []string `json:"unread,omitempty"`
	// RunTogether lists rows whose digits are run together ("142000016")
	// in a way that does not split into the row's cells uniquely; their
	// cells are left unread (null), never guessed.
	RunTogether []string `json:"run_together,omitempty"`
	// Reason says, for an unreadable note, what was not read, as one of
	// the Reason constants, so that a policy can say it in any language.
	Reason string `json:"reason,omitempty"`
	// Count is the number the reason concerns: the bound reading stopped
	// at (lines, bytes, cells, subsections, sentences, levels, grid
	// cells), or the characters that could not be decoded.
	Count int `json:"count,omitempty"`
}

// Reasons of unreadable notes.
const (
	ReasonScannedPage      = "scanned_page"       // a PDF page without a text layer
	ReasonUndecodable      = "undecodable"        // characters of a font without a Unicode mapping
	ReasonTooManyLines     = "too_many_lines"     // more lines than any report
	ReasonLineTooLong      = "line_too_long"      // a line longer than any report's
	ReasonRowTooWide       = "row_too_wide"       // a table row with more cells than any report's
	ReasonTextTooLong      = "text_too_long"      // a section's text longer than any report's
	ReasonTooManyParts     = "too_many_parts"     // more subsections than any report's section
	ReasonTooManySentences = "too_many_sentences" // a narrative longer than any report's
	ReasonNestedTooDeep    = "nested_too_deep"    // HTML nested deeper than any page
	ReasonGridTooLarge     = "grid_too_large"     // merged table cells beyond the grid read
	ReasonNoArticle        = "no_article"         // a web page without a report's article
)

// Note codes.
const (
	NoteTableIncomplete = "table_incomplete"
	NoteUnreadable      = "unreadable"
)

// Evidence is one observation behind the Template decision.
type Evidence struct {
	// Signal names what was seen, e.g. "column_new_made", "row_other_services",
	// "item_procurement", "single_other_handling", "label_normative_documents".
	Signal string `json:"signal"`
	Text   string `json:"text"`
	Loc    Loc    `json:"loc"`
	// Weak is true for a signal that is not conclusive on its own.
	Weak bool `json:"weak"`
}
