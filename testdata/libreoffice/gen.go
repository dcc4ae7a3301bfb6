//go:build ignore

// gen writes a seed report (testdata/seeds/*.txt) as a simple HTML page:
// each line a paragraph, each run of pipe-table lines ("a | b | c") one
// HTML table, a row's blank cells at its end folded into its last written
// cell's colspan. With -breadcrumb, a site breadcrumb line is written
// above the first line.
//
//	go run gen.go [-breadcrumb] seed.txt > page.html
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"log"
	"os"
	"strings"
)

func main() {
	breadcrumb := flag.Bool("breadcrumb", false, "write 首页 > 政务公开 > 政府信息公开年报 above the first line")
	flag.Parse()
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprint(w, `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政府信息公开工作年度报告</title>
<style>
body { font-family: "WenQuanYi Zen Hei"; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
td { font-family: "WenQuanYi Zen Hei"; border: 1px solid black; font-size: 8pt; padding: 1px; }
</style></head><body>
`)
	if *breadcrumb {
		fmt.Fprintln(w, `<p>首页 &gt; 政务公开 &gt; 政府信息公开年报</p>`)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	inTable := false
	for _, line := range lines {
		isRow := strings.Contains(line, " | ") || strings.HasSuffix(line, " |")
		if isRow != inTable {
			if isRow {
				fmt.Fprintln(w, `<table>`)
			} else {
				fmt.Fprintln(w, `</table>`)
			}
			inTable = isRow
		}
		if !isRow {
			fmt.Fprintf(w, "<p>%s</p>\n", html.EscapeString(line))
			continue
		}
		cells := strings.Split(line, "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		n := len(cells)
		for n > 1 && cells[n-1] == "" {
			n--
		}
		fmt.Fprint(w, "<tr>")
		for i := 0; i < n; i++ {
			span := ""
			if i == n-1 && n < len(cells) {
				span = fmt.Sprintf(` colspan="%d"`, len(cells)-n+1)
			}
			fmt.Fprintf(w, "<td%s>%s</td>", span, html.EscapeString(cells[i]))
		}
		fmt.Fprintln(w, "</tr>")
	}
	if inTable {
		fmt.Fprintln(w, `</table>`)
	}
	fmt.Fprintln(w, `</body></html>`)
}
