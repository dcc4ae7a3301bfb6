package output

import (
	"html/template"
	"io"
	"strconv"

	"github.com/nianbao/nianbao/engine"
)

// HTML writes one self-contained page: the summary, a table of files with
// their counts, and each file's diagnostics with links to the rules' docs.
// Everything is escaped by html/template.
type HTML struct{}

var htmlPage = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="{{if eq .Lang "en"}}en{{else}}zh-CN{{end}}">
<head>
<meta charset="utf-8">
<meta name="generator" content="nianbao">
<title>nianbao {{.Version}}</title>
<style>
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
td.n { text-align: right; }
.error { color: #b00020; } .warning { color: #8a6d00; } .info { color: #1a5fb4; }
code { font-size: 90%; }
</style>
</head>
<body>
<h1>nianbao {{.Version}}</h1>
<p>{{.Text.Files}} {{.Summary.Files}} · <span class="error">{{.Text.Errors}} {{.Summary.Errors}}</span> · <span class="warning">{{.Text.Warnings}} {{.Summary.Warnings}}</span> · <span class="info">{{.Text.Infos}} {{.Summary.Infos}}</span></p>
<table>
<tr><th>{{.Text.File}}</th><th>{{.Text.Format}}</th><th class="error">{{.Text.Errors}}</th><th class="warning">{{.Text.Warnings}}</th><th class="info">{{.Text.Infos}}</th></tr>
{{range .Files}}<tr><td>{{if or .Diagnostics .Error}}<a href="#{{.Anchor}}">{{.Path}}</a>{{else}}{{.Path}}{{end}}{{if .Error}} <span class="error">{{$.Text.Failed}}</span>{{end}}</td><td>{{.Format}}</td><td class="n">{{.Errors}}</td><td class="n">{{.Warnings}}</td><td class="n">{{.Infos}}</td></tr>
{{end}}</table>
{{range .Files}}{{if or .Diagnostics .Error}}
<h2 id="{{.Anchor}}">{{.Path}}</h2>
{{if .Error}}<p class="error">{{$.Text.Failed}}: {{.Error}}</p>{{end}}
{{if .Diagnostics}}<table>
<tr><th>{{$.Text.Where}}</th><th>{{$.Text.Severity}}</th><th>{{$.Text.Message}}</th><th>{{$.Text.Rule}}</th></tr>
{{range .Diagnostics}}<tr><td>{{.Location.Line}}:{{.Location.Column}}{{if .Location.Page}} (p. {{.Location.Page}}){{end}}</td><td class="{{.Severity}}">{{.Severity}}</td><td>{{.Message}}</td><td><a href="{{.Docs}}"><code>{{.Rule}}</code></a></td></tr>
{{end}}</table>{{end}}
{{end}}{{end}}
</body>
</html>
`))

type htmlFile struct {
	engine.FileResult
	Summary
	Anchor string
}

type htmlText struct {
	Files, File, Format, Errors, Warnings, Infos, Where, Severity, Message, Rule, Failed string
}

var htmlTexts = map[string]htmlText{
	"zh": {"文件", "文件", "格式", "错误", "警告", "提示", "位置", "级别", "问题", "规则", "未能完成检查"},
	"en": {"files", "file", "format", "errors", "warnings", "infos", "where", "severity", "message", "rule", "could not be checked completely"},
}

// Format implements Formatter.
func (HTML) Format(w io.Writer, r *Result) error {
	text, ok := htmlTexts[r.Lang]
	if !ok {
		text = htmlTexts["zh"]
	}
	var files []htmlFile
	for i, f := range r.SortedFiles() {
		files = append(files, htmlFile{FileResult: f, Summary: counts(f), Anchor: "file-" + strconv.Itoa(i+1)})
	}
	return htmlPage.Execute(w, struct {
		Version, Lang string
		Summary       Summary
		Files         []htmlFile
		Text          htmlText
	}{r.Version, r.Lang, r.Summary(), files, text})
}
