package output

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/report"
	"github.com/nianbao/nianbao/score"
)

// table is the batch summary of a run that the csv and xlsx formats
// write: one row per file, sorted by path. Its columns are the file's path
// and what the report says of itself (issuer, kind, year, template,
// format, published date), whether it could be checked completely, its
// diagnostics counted by severity, then by category (the part of the rule
// id before "/"), then by rule, with a column only for the rules that
// fired somewhere in the run.
type table struct {
	lang   string
	scheme *score.Scheme
	// rates holds when some report has rates: a column each.
	rates bool
	// categories are the categories of the rules evaluated and of every
	// diagnostic, in categoryOrder and then by name.
	categories []string
	// rules are the rules that fired in the run, sorted by id.
	rules []string
}

// categoryOrder is the order of the built-in categories, as the README
// lists them; other (custom) categories follow, sorted.
var categoryOrder = []string{"parse", "structure", "contact", "fees", "arithmetic", "template", "dates", "consistency"}

// The fixed columns of a table, before its counts per category and rule.
const (
	colPath = iota
	colIssuer
	colKind
	colYear
	colTemplate
	colFormat
	colPublished
	colStatus
	colErrors
	colWarnings
	colInfos
	fixedColumns
)

// tableHeaders are the headers of the fixed columns, by language.
var tableHeaders = map[string][fixedColumns]string{
	"zh": {"路径", "发布机关", "类型", "年度", "模板", "格式", "发布日期", "状态", "错误", "警告", "提示"},
	"en": {"Path", "Issuer", "Kind", "Year", "Template", "Format", "Published", "Status", "Errors", "Warnings", "Infos"},
}

// category returns the category of a rule id: its part before "/".
func category(rule string) string {
	c, _, _ := strings.Cut(rule, "/")
	return c
}

// newTable returns the table of r: its category columns and rule columns.
func newTable(r *Result) *table {
	t := &table{lang: r.Lang, scheme: r.Scheme, rates: hasRates(r)}
	cats := map[string]bool{}
	fired := map[string]bool{}
	for _, rule := range r.Rules {
		cats[category(rule.ID)] = true
	}
	for _, f := range r.Files {
		for _, d := range f.Diagnostics {
			cats[category(d.Rule)] = true
			fired[d.Rule] = true
		}
	}
	for _, c := range categoryOrder {
		if cats[c] {
			t.categories = append(t.categories, c)
			delete(cats, c)
		}
	}
	others := make([]string, 0, len(cats))
	for c := range cats {
		others = append(others, c)
	}
	slices.Sort(others)
	t.categories = append(t.categories, others...)
	for id := range fired {
		t.rules = append(t.rules, id)
	}
	slices.Sort(t.rules)
	return t
}

// header returns the header row. Category columns are headed
// "category/*", as --disable names a whole category, so that they never
// read like one of the fixed columns (template/* and 模板); rule columns by
// the rule id.
func (t *table) header() []string {
	fixed, ok := tableHeaders[t.lang]
	if !ok {
		fixed = tableHeaders["zh"]
	}
	h := make([]string, 0, fixedColumns+len(t.categories)+len(t.rules))
	h = append(h, fixed[:]...)
	if t.scheme != nil {
		h = append(h, map[bool]string{true: "Score", false: "得分"}[t.lang == "en"])
	}
	for _, k := range engine.RateKeys {
		if t.rates {
			h = append(h, rateWord(t.lang, k))
		}
	}
	for _, c := range t.categories {
		h = append(h, c+"/*")
	}
	return append(h, t.rules...)
}

// row returns the row of one file: strings, ints, and nil for a cell left
// blank (a year that is not known, anything of a file that could not be
// read as a report).
func (t *table) row(f engine.FileResult) []any {
	row := make([]any, fixedColumns, fixedColumns+len(t.categories)+len(t.rules))
	row[colPath] = f.Path
	row[colFormat] = f.Format
	if m := f.Report; m != nil {
		row[colIssuer] = m.Issuer
		row[colKind] = kindWord(t.lang, m.Kind)
		if m.Year != nil {
			row[colYear] = *m.Year
		}
		row[colTemplate] = templateWord(t.lang, m.Template)
		row[colPublished] = m.Published
	}
	row[colStatus] = statusWord(t.lang, f)
	row[colErrors] = f.Count(engine.SeverityError)
	row[colWarnings] = f.Count(engine.SeverityWarning)
	row[colInfos] = f.Count(engine.SeverityInfo)
	if t.scheme != nil {
		row = append(row, t.scheme.Score(f.Diagnostics).Score)
	}
	for _, k := range engine.RateKeys {
		if !t.rates {
			break
		}
		if r, ok := f.Rates[k]; ok {
			row = append(row, rateText(r))
		} else {
			row = append(row, nil)
		}
	}
	byCategory := map[string]int{}
	byRule := map[string]int{}
	for _, d := range f.Diagnostics {
		byCategory[category(d.Rule)]++
		byRule[d.Rule]++
	}
	for _, c := range t.categories {
		row = append(row, byCategory[c])
	}
	for _, id := range t.rules {
		row = append(row, byRule[id])
	}
	return row
}

// kindWord is an issuer kind in the run's language.
func kindWord(lang, kind string) string {
	if lang == "en" {
		return kind
	}
	switch kind {
	case report.KindGovernment:
		return "政府"
	case report.KindDepartment:
		return "部门"
	case report.KindTownship:
		return "乡镇（街道）"
	case report.KindUnknown:
		return "未知"
	}
	return kind
}

// templateWord is a template in the run's language: "2021", "2019", or
// unknown.
func templateWord(lang, template string) string {
	if template == report.TemplateUnknown && lang != "en" {
		return "未知"
	}
	return template
}

// statusWord says whether a file was checked completely, and if not, why.
func statusWord(lang string, f engine.FileResult) string {
	switch {
	case f.Failed():
		return failedMessage(lang, f)
	case lang == "en":
		return "ok"
	}
	return "已完成检查"
}

// severityWord is a severity in the run's language.
func severityWord(lang string, s engine.Severity) string {
	if lang == "en" {
		return string(s)
	}
	switch s {
	case engine.SeverityError:
		return "错误"
	case engine.SeverityWarning:
		return "警告"
	case engine.SeverityInfo:
		return "提示"
	}
	return string(s)
}

// displayWidth is how many columns s takes in a spreadsheet: East Asian
// wide and fullwidth characters count double. For text over several
// lines it is the width of the widest.
func displayWidth(s string) int {
	widest, n := 0, 0
	for _, r := range s {
		switch r {
		case '\n':
			widest, n = max(widest, n), 0
			continue
		case '\r':
			continue
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return max(widest, n)
}

// hasRates reports whether some report of r has rates.
func hasRates(r *Result) bool {
	return slices.ContainsFunc(r.Files, func(f engine.FileResult) bool { return len(f.Rates) > 0 })
}

// rateWords name the rates of engine.RateKeys.
var rateWords = map[string][2]string{
	"substantive_disclosure":    {"实质公开率", "Substantive disclosure"},
	"reconsideration_corrected": {"复议纠错率", "Reconsideration corrected"},
	"litigation_corrected":      {"诉讼纠错率", "Litigation corrected"},
	"carried_forward":           {"结转率", "Carried forward"},
}

func rateWord(lang, key string) string {
	if lang == "en" {
		return rateWords[key][1]
	}
	return rateWords[key][0]
}

// rateText is a rate as a percentage, or, where the denominator is too
// small for a rate, the two counts ("1/3").
func rateText(r engine.Rate) string {
	if r.Rate == nil {
		return strconv.FormatFloat(r.Numerator, 'f', -1, 64) + "/" + strconv.FormatFloat(r.Denominator, 'f', -1, 64)
	}
	return strconv.FormatFloat(*r.Rate*100, 'f', 1, 64) + "%"
}
