package output

import (
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/score"
)

// HTML writes the review page: one self-contained file (inline CSS and
// script, no network) that opens on an index of the reports of the run —
// totals, the rules that fire most, a sortable and searchable table — and
// shows each report, on demand, as nianbao read it (title, sections,
// tables 二–四 with the template's labels and the values read), every
// diagnostic marked at its place and listed beside it (htmlview.go). The
// reports are kept in <template> elements and drawn when opened, so that
// a page of a thousand reports opens quickly. It needs the documents
// (engine.Options.KeepDocuments); a file without one gets its diagnostics
// as placeholders. Everything from the reports is escaped.
type HTML struct {
	// Downloads are links the page offers at its top (nianbao serve: the
	// page itself, the JSON and the SARIF of the run, as data: URLs).
	Downloads []Download
}

// Download is a file the page offers.
type Download struct {
	// Label is the link's text, Name the file's name, URL its content
	// (a data: URL).
	Label, Name string
	URL         template.URL
}

//go:embed html/page.css
var pageCSS template.CSS

//go:embed html/page.js
var pageJS template.JS

var htmlPage = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.HTMLLang}}">
<head>
<meta charset="utf-8">
` + GeneratorMeta + `
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{{.T.Title}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<section id="index">
<h1>{{.T.Title}}</h1>
{{if .Downloads}}<p class="downloads">{{.T.Download}}{{range .Downloads}} <a download="{{.Name}}" href="{{.URL}}">{{.Label}}</a>{{end}}</p>{{end}}
<div class="totals">
<span>{{.T.Files}} <b>{{.Summary.Files}}</b></span>
<span class="sev-error">{{.T.Error}} <b>{{.Summary.Errors}}</b></span>
<span class="sev-warning">{{.T.Warning}} <b>{{.Summary.Warnings}}</b></span>
<span class="sev-info">{{.T.Info}} <b>{{.Summary.Infos}}</b></span>
{{if .Summary.Failed}}<span class="sev-error">{{.T.Failed}} <b>{{.Summary.Failed}}</b></span>{{end}}
{{if .Summary.Skipped}}<span>{{.T.Skipped}} <b>{{.Summary.Skipped}}</b></span>{{end}}
</div>
{{if .TopRules}}<h2>{{.T.TopRules}}</h2>
<ol class="top-rules">{{range .TopRules}}<li><b>{{.Title}}</b> <code>{{.Rule}}</code> — {{.Count}}</li>{{end}}</ol>{{end}}
<h2>{{.T.Reports}}</h2>
<p><input id="search" type="search" placeholder="{{.T.Search}}" aria-label="{{.T.Search}}"></p>
<div class="wide"><table class="index">
<thead><tr>
<th data-key="path" tabindex="0">{{.T.Path}}</th><th data-key="issuer" tabindex="0">{{.T.Issuer}}</th><th data-key="kind" tabindex="0">{{.T.Kind}}</th><th data-key="year" data-num="1" tabindex="0">{{.T.Year}}</th><th data-key="format" tabindex="0">{{.T.Format}}</th>
{{if .Scored}}<th data-key="score" data-num="1" tabindex="0" title="{{.SchemeName}}">{{.T.Score}}</th>{{end}}{{range .RateHeads}}<th data-key="rate-{{.Key}}" data-num="1" tabindex="0">{{.Word}}</th>{{end}}<th data-key="errors" data-num="1" tabindex="0" class="sev-error">{{.T.Error}}</th><th data-key="warnings" data-num="1" tabindex="0" class="sev-warning">{{.T.Warning}}</th><th data-key="infos" data-num="1" tabindex="0" class="sev-info">{{.T.Info}}</th>
{{range .Categories}}<th data-key="cat-{{.}}" data-num="1" tabindex="0" title="{{.}}">{{call $.CategoryWord .}}</th>{{end}}
</tr></thead>
<tbody>
{{range .Rows}}<tr class="report-row" data-path="{{.Path}}" data-issuer="{{.Issuer}}" data-kind="{{.Kind}}" data-year="{{.Year}}" data-format="{{.Format}}" data-errors="{{.Errors}}" data-warnings="{{.Warnings}}" data-infos="{{.Infos}}"{{if $.Scored}} data-score="{{.Score}}"{{end}}{{range .Rates}} data-rate-{{.Key}}="{{.Sort}}"{{end}}{{range .Cats}} data-cat-{{.Name}}="{{.Count}}"{{end}}>
<td><a href="#r-{{.N}}">{{.Path}}</a>{{if .PrevN}} <a class="prev" href="#r-{{.PrevN}}">{{$.T.PreviousReport}}</a>{{end}}{{if .Failed}} <span class="sev-error">{{$.T.Failed}}</span>{{end}}</td><td>{{.Issuer}}</td><td>{{.KindWord}}</td><td class="n">{{.Year}}</td><td>{{.Format}}</td>
{{if $.Scored}}<td class="n score">{{.Score}}</td>{{end}}{{range .Rates}}<td class="n rate">{{.Text}}</td>{{end}}<td class="n">{{.Errors}}</td><td class="n">{{.Warnings}}</td><td class="n">{{.Infos}}</td>{{range .Cats}}<td class="n">{{.Count}}</td>{{end}}
</tr>
{{end}}</tbody>
</table></div>
</section>
<main id="view" hidden></main>
{{range .Views}}<template id="tpl-r-{{.N}}">{{.Body}}</template>
{{end}}<script>{{.JS}}</script>
</body>
</html>
`))

// htmlWords are the words of the page in one language.
type htmlWords struct {
	Title, Files, Error, Warning, Info, Failed, Skipped, TopRules, Reports, Search                 string
	Path, Issuer, Kind, Year, Format, Template, Published, Back, Diagnostics, Severity, Categories string
	Missing, Basis, ToList, NoDocument, NoDiagnostics, Download, LastYear, PreviousReport, Score   string
}

var htmlTexts = map[string]htmlWords{
	"zh": {
		Title: "政府信息公开工作年度报告检查结果", Files: "报告", Error: "错误", Warning: "警告", Info: "提示",
		Failed: "未能完成检查", Skipped: "不是年度报告，未检查", TopRules: "最常见的问题", Reports: "各报告",
		Search: "按发布机关或路径查找", Path: "路径", Issuer: "发布机关", Kind: "类型", Year: "年度", Format: "格式",
		Template: "模板", Published: "发布日期", Back: "返回全部报告", Diagnostics: "问题", Severity: "级别",
		Categories: "类别", Missing: "此处缺少", Basis: "依据", ToList: "在列表中查看",
		NoDocument: "未能读取报告内容，问题列在下面。", NoDiagnostics: "没有发现问题。", Download: "下载：", LastYear: "上年", PreviousReport: "上一年度", Score: "得分",
	},
	"en": {
		Title: "Annual report review", Files: "reports", Error: "errors", Warning: "warnings", Info: "infos",
		Failed: "could not be checked completely", Skipped: "not annual reports, not checked", TopRules: "Most frequent findings", Reports: "Reports",
		Search: "Find by issuer or path", Path: "path", Issuer: "issuer", Kind: "kind", Year: "year", Format: "format",
		Template: "template", Published: "published", Back: "Back to all reports", Diagnostics: "Findings", Severity: "severity",
		Categories: "categories", Missing: "Missing here", Basis: "basis", ToList: "show in the list",
		NoDocument: "The report's content could not be read; its findings are listed below.", NoDiagnostics: "Nothing found.", Download: "Download:", LastYear: "last year", PreviousReport: "year before", Score: "score",
	},
}

type indexRow struct {
	N, PrevN                 int
	Path, Issuer, Kind, Year string
	KindWord, Format         string
	Errors, Warnings, Infos  int
	Cats                     []catCount
	Failed                   bool
	Score                    string
	score                    float64
	Rates                    []rateCell
}

// rateCell is a rate in the index: its text, and its value to sort by
// (a rate, or -1 where there is none).
type rateCell struct {
	Key, Text, Sort string
}

type catCount struct {
	Name  string
	Count int
}

type topRule struct {
	Rule, Title string
	Count       int
}

type pageView struct {
	N    int
	Body template.HTML
}

// Format implements Formatter.
func (h HTML) Format(w io.Writer, r *Result) error {
	lang := r.Lang
	if lang != "en" {
		lang = "zh"
	}
	t := htmlTexts[lang]
	files := r.SortedFiles()
	cats := categoriesOf(r)
	data := struct {
		HTMLLang     string
		T            htmlWords
		CSS          template.CSS
		JS           template.JS
		Summary      Summary
		Categories   []string
		Rows         []indexRow
		TopRules     []topRule
		Views        []pageView
		Downloads    []Download
		CategoryWord func(string) string
		Scored       bool
		SchemeName   string
		RateHeads    []struct{ Key, Word string }
	}{Scored: r.Scheme != nil, CategoryWord: func(c string) string { return categoryWord(lang, c) }, Downloads: h.Downloads, HTMLLang: map[string]string{"zh": "zh-CN", "en": "en"}[lang], T: t, CSS: pageCSS, JS: pageJS, Summary: r.Summary(), Categories: cats}
	ruleCount := map[string]int{}
	ruleTitle := map[string]string{}
	withRates := hasRates(r)
	for i, f := range files {
		n := i + 1
		row := indexRow{N: n, Path: f.Path, Format: f.Format, Failed: f.Failed(),
			Errors: f.Count(engine.SeverityError), Warnings: f.Count(engine.SeverityWarning), Infos: f.Count(engine.SeverityInfo)}
		if m := f.Report; m != nil {
			row.Issuer, row.Kind, row.KindWord = m.Issuer, m.Kind, kindWord(lang, m.Kind)
			if m.Year != nil {
				row.Year = strconv.Itoa(*m.Year)
			}
		}
		for _, k := range engine.RateKeys {
			if !withRates {
				break
			}
			c := rateCell{Key: strings.ReplaceAll(k, "_", "-"), Sort: "-1"}
			if rt, ok := f.Rates[k]; ok {
				c.Text = rateText(rt)
				if rt.Rate != nil {
					c.Sort = strconv.FormatFloat(*rt.Rate, 'f', 4, 64)
				}
			}
			row.Rates = append(row.Rates, c)
		}
		if r.Scheme != nil {
			row.score = r.Scheme.Score(f.Diagnostics).Score
			row.Score = score.Format(row.score)
		}
		byCat := map[string]int{}
		for _, d := range f.Diagnostics {
			byCat[category(d.Rule)]++
			ruleCount[d.Rule]++
			if ruleTitle[d.Rule] == "" {
				ruleTitle[d.Rule] = d.Title
			}
		}
		for _, c := range cats {
			row.Cats = append(row.Cats, catCount{Name: c, Count: byCat[c]})
		}
		data.Rows = append(data.Rows, row)
		data.Views = append(data.Views, pageView{N: n, Body: template.HTML(renderView(buildView(n, f, lang), f, t, lang))}) //nolint:gosec // renderView escapes all it writes
	}
	// An issuer's years stand together, the latest first, when reports
	// were read beside their predecessors.
	number := map[string]int{}
	paired := false
	for _, row := range data.Rows {
		number[row.Path] = row.N
	}
	for i, f := range files {
		if n, ok := number[f.Previous]; ok {
			data.Rows[i].PrevN = n
			paired = true
		}
	}
	if paired {
		slices.SortStableFunc(data.Rows, func(a, b indexRow) int {
			return cmp.Or(strings.Compare(a.Issuer, b.Issuer), strings.Compare(b.Year, a.Year))
		})
	}
	for _, k := range engine.RateKeys {
		if !withRates {
			break
		}
		data.RateHeads = append(data.RateHeads, struct{ Key, Word string }{strings.ReplaceAll(k, "_", "-"), rateWord(lang, k)})
	}
	// Scored, the index ranks the reports, the best first.
	if r.Scheme != nil {
		data.SchemeName = r.Scheme.Name
		slices.SortStableFunc(data.Rows, func(a, b indexRow) int { return cmp.Compare(b.score, a.score) })
	}
	for id, c := range ruleCount {
		data.TopRules = append(data.TopRules, topRule{Rule: id, Title: ruleTitle[id], Count: c})
	}
	slices.SortFunc(data.TopRules, func(a, b topRule) int { return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Rule, b.Rule)) })
	if len(data.TopRules) > 10 {
		data.TopRules = data.TopRules[:10]
	}
	return htmlPage.Execute(w, data)
}

// categoryWords name the built-in categories on the page.
var categoryWords = map[string][2]string{
	"parse": {"读取", "reading"}, "structure": {"结构", "structure"}, "contact": {"联系方式", "contact"},
	"fees": {"信息处理费", "fees"}, "arithmetic": {"表格数字", "table arithmetic"}, "template": {"模板", "template"},
	"dates": {"日期", "dates"}, "consistency": {"正文与表格", "text and tables"}, "history": {"与上年对照", "against last year"},
	"region": {"本地区", "region"}, "custom": {"自定义", "custom"},
}

// categoryWord is a category in the page's language; a category of a
// region's own is shown as it is named.
func categoryWord(lang, c string) string {
	w, ok := categoryWords[c]
	switch {
	case !ok:
		return c
	case lang == "en":
		return w[1]
	}
	return w[0]
}

// categoriesOf returns the categories of the run's diagnostics, in the
// order of the csv and xlsx summaries (newTable).
func categoriesOf(r *Result) []string {
	seen := map[string]bool{}
	for _, f := range r.Files {
		for _, d := range f.Diagnostics {
			seen[category(d.Rule)] = true
		}
	}
	return slices.DeleteFunc(newTable(r).categories, func(c string) bool { return !seen[c] })
}

// HTMLInline returns the Content-Security-Policy sources of the page's
// inline style and script ('sha256-…'), for a server that sends the page
// under a strict policy.
func HTMLInline() (style, script string) {
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return hash(string(pageCSS)), hash(string(pageJS))
}

// esc escapes text for HTML.
func esc(s string) string { return html.EscapeString(s) }

// renderer writes one report's review.
type renderer struct {
	b    strings.Builder
	v    *view
	t    htmlWords
	lang string
}

// renderView writes the review of one report: its facts, the report as
// read with the marks, and the list of diagnostics with filters.
func renderView(v *view, f engine.FileResult, t htmlWords, lang string) string {
	r := &renderer{v: v, t: t, lang: lang}
	b := &r.b
	fmt.Fprintf(b, `<article class="report" id="r-%d"><div class="doc">`, v.N)
	fmt.Fprintf(b, `<p class="back"><a href="#index">← %s</a></p><p class="path">%s</p>`, esc(t.Back), esc(v.Path))
	if m := f.Report; m != nil {
		b.WriteString(`<dl class="facts">`)
		fact := func(k, val string) {
			if val != "" {
				fmt.Fprintf(b, `<div><dt>%s</dt><dd>%s</dd></div>`, esc(k), esc(val))
			}
		}
		fact(t.Issuer, m.Issuer)
		fact(t.Kind, kindWord(lang, m.Kind))
		if m.Year != nil {
			fact(t.Year, strconv.Itoa(*m.Year))
		}
		fact(t.Template, templateWord(lang, m.Template))
		fact(t.Format, f.Format)
		fact(t.Published, m.Published)
		b.WriteString(`</dl>`)
	}
	if f.Failed() {
		fmt.Fprintf(b, `<p class="failed sev-error">%s</p>`, esc(failedMessage(lang, f)))
	}
	if f.Document == nil && len(v.Diags) > 0 {
		fmt.Fprintf(b, `<p class="nodoc">%s</p>`, esc(t.NoDocument))
	}
	if v.Title != nil {
		r.element("h1", "title", v.Title, esc(v.Title.Text))
	}
	r.items(v.Items)
	b.WriteString(`</div>`)
	r.list()
	b.WriteString(`</article>`)
	return b.String()
}

// items writes a sequence of items; sentences on following lines run in
// one paragraph.
func (r *renderer) items(items []*item) {
	inPara := false
	lastLine := 0
	closePara := func() {
		if inPara {
			r.b.WriteString(`</p>`)
			inPara = false
		}
	}
	for _, it := range items {
		if it.Kind == "sent" {
			if inPara && it.Loc.Line > lastLine+1 {
				closePara()
			}
			if !inPara {
				r.b.WriteString(`<p class="para">`)
				inPara = true
			}
			r.element("span", "sent", it, esc(it.Text))
			lastLine = max(it.Loc.EndLine, it.Loc.Line)
			continue
		}
		closePara()
		r.item(it)
	}
	closePara()
}

func (r *renderer) item(it *item) {
	b := &r.b
	switch it.Kind {
	case "sec":
		fmt.Fprintf(b, `<section class="sec" data-key="%s">`, esc(it.Key))
		r.element("h2", "heading", it, esc(it.Text))
		r.items(it.Items)
		b.WriteString(`</section>`)
	case "sub":
		r.element("h3", "sub", it, esc(it.Text))
	case "table":
		r.table(it.Table)
	case "placeholder":
		d := r.v.Diags[it.Marks[0]]
		r.element("div", "placeholder", it, `<span class="ph-label">`+esc(r.t.Missing)+`</span> `+esc(d.Message))
	}
}

// table writes a grid.
func (r *renderer) table(g *grid) {
	b := &r.b
	b.WriteString(`<figure class="tbl">`)
	r.element("figcaption", "caption", g.Caption, esc(g.Name))
	b.WriteString(`<div class="scroll"><table class="grid"><thead>`)
	hasLabels := len(g.Rows) > 0 && g.Rows[0].Label != nil
	if len(g.Groups) > 0 {
		b.WriteString(`<tr>`)
		if hasLabels {
			b.WriteString(`<th></th>`)
		}
		for _, gr := range g.Groups {
			fmt.Fprintf(b, `<th colspan="%d">%s</th>`, gr.Span, esc(gr.Label))
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`<tr>`)
	if hasLabels {
		b.WriteString(`<th></th>`)
	}
	for _, h := range g.Header {
		fmt.Fprintf(b, `<th>%s</th>`, esc(h))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, row := range g.Rows {
		b.WriteString(`<tr>`)
		if row.Label != nil {
			r.element("th", "label", row.Label, esc(row.Label.Text))
		}
		for _, c := range row.Cells {
			if c == nil {
				b.WriteString(`<td class="cell empty"></td>`)
				continue
			}
			r.element("td", "cell", c, esc(c.Text))
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table></div></figure>`)
}

// element writes an element with its content; with marks, the element is
// the mark of the worst diagnostic on it, and the others are badges in it.
func (r *renderer) element(tag, class string, it *item, content string) {
	b := &r.b
	if len(it.Marks) == 0 {
		fmt.Fprintf(b, `<%s class="%s">%s</%s>`, tag, class, content, tag)
		return
	}
	first := r.v.Diags[it.Marks[0]]
	fmt.Fprintf(b, `<%s class="%s %s"%s>%s`, tag, class, r.markClass(first), r.markAttrs(first), content)
	for _, i := range it.Marks {
		for _, rel := range r.v.Diags[i].Related {
			if last, ok := r.v.LastYear[loc{rel.Path, rel.Location.Line, rel.Location.Column}]; ok {
				fmt.Fprintf(b, `<span class="last">%s %s</span>`, esc(r.t.LastYear), esc(last))
			}
		}
	}
	r.tip(first)
	for _, i := range it.Marks[1:] {
		d := r.v.Diags[i]
		fmt.Fprintf(b, `<span class="badge %s"%s>%s`, r.markClass(d), r.markAttrs(d), esc(severityWord(r.lang, d.Severity)))
		r.tip(d)
		b.WriteString(`</span>`)
	}
	fmt.Fprintf(b, `</%s>`, tag)
}

func (r *renderer) markClass(d viewDiag) string {
	return "mark sev-" + string(d.Severity)
}

func (r *renderer) markAttrs(d viewDiag) string {
	id := fmt.Sprintf("%d-%d", r.v.N, d.K)
	return fmt.Sprintf(` id="m-%s" data-diag="d-%s" tabindex="0" aria-describedby="tip-%s" data-severity="%s" data-category="%s"`,
		id, id, id, esc(string(d.Severity)), esc(d.Cat))
}

// tip writes the tooltip of a mark: message, rule title, basis, and a
// link to the diagnostic in the list.
func (r *renderer) tip(d viewDiag) {
	id := fmt.Sprintf("%d-%d", r.v.N, d.K)
	fmt.Fprintf(&r.b, `<span class="tip" role="tooltip" id="tip-%s"><span class="tip-sev">%s</span> <b class="tip-title">%s</b><span class="tip-msg">%s</span>`,
		id, esc(severityWord(r.lang, d.Severity)), esc(d.Title), esc(d.Message))
	if d.Basis != "" {
		fmt.Fprintf(&r.b, `<span class="tip-basis">%s：%s</span>`, esc(r.t.Basis), esc(d.Basis))
	}
	fmt.Fprintf(&r.b, `<a class="tolist" href="#d-%s">%s</a></span>`, id, esc(r.t.ToList))
}

// list writes the diagnostics beside the report, with filters.
func (r *renderer) list() {
	b := &r.b
	v := r.v
	fmt.Fprintf(b, `<aside class="diagnostics"><h2>%s</h2>`, esc(r.t.Diagnostics))
	if len(v.Diags) == 0 {
		fmt.Fprintf(b, `<p>%s</p></aside>`, esc(r.t.NoDiagnostics))
		return
	}
	var sevs, cats []string
	for _, d := range v.Diags {
		if s := string(d.Severity); !slices.Contains(sevs, s) {
			sevs = append(sevs, s)
		}
		if !slices.Contains(cats, d.Cat) {
			cats = append(cats, d.Cat)
		}
	}
	slices.SortFunc(sevs, func(a, b string) int {
		return cmp.Compare(engine.Severity(b).Rank(), engine.Severity(a).Rank())
	})
	slices.Sort(cats)
	fmt.Fprintf(b, `<fieldset class="filters"><legend>%s</legend>`, esc(r.t.Severity))
	for _, s := range sevs {
		fmt.Fprintf(b, `<label class="sev-%s"><input type="checkbox" checked data-filter-severity="%s"> %s</label>`, esc(s), esc(s), esc(severityWord(r.lang, engine.Severity(s))))
	}
	fmt.Fprintf(b, `</fieldset><fieldset class="filters"><legend>%s</legend>`, esc(r.t.Categories))
	for _, c := range cats {
		fmt.Fprintf(b, `<label title="%s"><input type="checkbox" checked data-filter-category="%s"> %s</label>`, esc(c), esc(c), esc(categoryWord(r.lang, c)))
	}
	b.WriteString(`</fieldset><ol class="diags">`)
	for _, d := range v.Diags {
		id := fmt.Sprintf("%d-%d", v.N, d.K)
		fmt.Fprintf(b, `<li class="diag sev-%s" id="d-%s" data-severity="%s" data-category="%s"%s><a class="goto" href="#m-%s"><span class="sev">%s</span> <b>%s</b></a><div class="msg">%s</div><div class="where">%s · <code>%s</code></div>%s</li>`,
			esc(string(d.Severity)), id, esc(string(d.Severity)), esc(d.Cat), r.dismissAttrs(d), id,
			esc(severityWord(r.lang, d.Severity)), esc(cmp.Or(d.Title, d.Rule)), esc(d.Message), esc(d.Where), esc(d.Rule), r.dismissButton(d))
	}
	b.WriteString(`</ol></aside>`)
}
