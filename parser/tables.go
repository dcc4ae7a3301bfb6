package parser

import (
	"regexp"
	"slices"
	"strings"

	"github.com/nianbao/nianbao/parser/layout"
	"github.com/nianbao/nianbao/parser/vocab"
	"github.com/nianbao/nianbao/report"
)

// findTables recognises tables 二, 三 and 四, each in its section or, when
// the heading is missing, from its first label on.
func (r *recognizer) findTables() {
	if from, to, ok := r.region(report.SectionActiveDisclosure, func(s string) bool {
		return strings.Contains(s, "第二十条")
	}); ok {
		r.doc.Tables.Active = r.activeTable(r.tokenize(from, to))
	}
	if from, to, ok := r.region(report.SectionApplications, func(s string) bool {
		return strings.Contains(s, "本年新收") || strings.Contains(s, "勾稽关系")
	}); ok {
		r.doc.Tables.Applications = r.applicationsTable(r.tokenize(from, to))
	}
	if from, to, ok := r.region(report.SectionReviewLitigation, func(s string) bool {
		return strings.HasPrefix(strings.TrimLeft(s, "| "), "行政复议")
	}); ok {
		r.doc.Tables.Review = r.reviewTable(r.tokenize(from, to))
	}
	if from, to, ok := r.region(report.SectionProcessingFees, func(s string) bool {
		return strings.Contains(s, "通知收取件数")
	}); ok {
		r.doc.Tables.ProcessingFees = r.feeTable(r.tokenize(from, to))
	}
}

// region returns the lines where the table of section key stands: the
// section, or, without its heading, from the first line anchor accepts to
// the next heading.
func (r *recognizer) region(key string, anchor func(string) bool) (int, int, bool) {
	if h := r.headingFor(key); h >= 0 {
		end := len(r.lines)
		if h+1 < len(r.heads) {
			end = r.heads[h+1].line
		}
		return r.heads[h].line + 1, end, true
	}
	for i := range r.lines {
		l := &r.lines[i]
		if l.role != roleText || !anchor(strings.ReplaceAll(l.norm.String(), " ", "")) {
			continue
		}
		end := len(r.lines)
		for _, h := range r.heads {
			if h.line > i {
				end = h.line
				break
			}
		}
		return i, end, true
	}
	return 0, 0, false
}

// extent is the run of tokens a table spans, from its first header or label
// to its last value.
type extent struct {
	first, last token
	started     bool
}

// add extends the table over t.
func (e *extent) add(t token) {
	if !e.started {
		e.first, e.started = t, true
	}
	e.last = t
}

// placeTable marks the lines of a table's extent as table lines and returns
// its location.
func (r *recognizer) placeTable(e extent) report.Loc {
	for i := e.first.line; i <= e.last.line; i++ {
		if r.lines[i].role == roleText {
			r.lines[i].role = roleTable
		}
	}
	return r.spanLoc(e.first, e.last)
}

// tokenLoc returns the location of a token (a blank cell: where it stands).
func (r *recognizer) tokenLoc(t token) report.Loc {
	if t.text.IsEmpty() {
		return r.d.Loc(layout.NewText(" ", t.at.Line, t.at.Col), 0, 1)
	}
	return r.d.LocOf(t.text)
}

// spanLoc returns the location from token a to token b.
func (r *recognizer) spanLoc(a, b token) report.Loc {
	la, lb := r.tokenLoc(a), r.tokenLoc(b)
	la.EndLine, la.EndColumn = lb.EndLine, lb.EndColumn
	return la
}

// cellOf makes a cell from a value token.
func (r *recognizer) cellOf(t token) report.Cell {
	c := report.Cell{Raw: t.raw, Loc: r.tokenLoc(t)}
	if t.isNum {
		v := t.num
		c.Value = &v
	}
	return c
}

func (r *recognizer) labelOf(t token) report.Label {
	return report.Label{Text: t.key(), Loc: r.tokenLoc(t)}
}

// ---- table 二: 主动公开 ----

type activeRowDef struct {
	key, word string
	cols      []string // columns when no header says otherwise (2021 template)
}

var activeRows = []activeRowDef{
	{"regulations", "规章", []string{"issued", "repealed", "in_force"}},
	{"normative_documents", "规范性文件", []string{"issued", "repealed", "in_force"}},
	{"licensing", "行政许可", []string{"decisions"}},
	{"other_services", "其他对外管理服务事项", []string{"previous_count", "change", "decisions"}},
	{"punishment", "行政处罚", []string{"decisions"}},
	{"coercion", "行政强制", []string{"decisions"}},
	{"administrative_fees", "行政事业性收费", []string{"amount"}},
	{"procurement", "政府集中采购", []string{"project_count", "amount"}},
}

var activeCols = []struct{ key, word string }{
	{"issued", "本年制发"},
	{"repealed", "本年废止"},
	{"in_force", "现行有效"},
	{"decisions", "处理决定"},
	{"amount", "收费金额"},
	{"new_made", "本年新制作"},
	{"new_published", "本年新公开"},
	{"total_published", "对外公开总数"},
	{"previous_count", "上一年项目数"},
	{"change", "本年增"},
	{"project_count", "采购项目数"},
	{"amount", "采购总金额"},
	{"new_", "本年新"}, // cut short by the scraper: new_made, then new_published
}

// columns of the 2019 template, each a signature of the outdated template.
var columns2019 = map[string]bool{
	"new_made": true, "new_published": true, "total_published": true,
	"previous_count": true, "change": true,
}

var itemRe = regexp.MustCompile(`第二十条第?\(([一二三四五六七八九十]{1,2})\)项`)

func matchActiveRow(s string) (activeRowDef, bool) {
	for _, def := range activeRows {
		if strings.Contains(s, def.word) && len([]rune(s)) <= len([]rune(def.word))+4 {
			if def.key == "regulations" && strings.Contains(s, "规范性") {
				continue
			}
			return def, true
		}
	}
	return activeRowDef{}, false
}

func matchActiveCol(s string) string {
	if len([]rune(s)) > 16 {
		return ""
	}
	for _, c := range activeCols {
		if strings.Contains(s, c.word) {
			return c.key
		}
	}
	return ""
}

func (r *recognizer) evidence(signal string, t token, weak bool) {
	r.doc.TemplateEvidence = append(r.doc.TemplateEvidence, report.Evidence{
		Signal: signal, Text: t.key(), Loc: r.tokenLoc(t), Weak: weak,
	})
}

// isActiveLabel reports whether s is a label of table 二: an item heading, a
// header, a column or a row.
func isActiveLabel(s string) bool {
	_, row := matchActiveRow(s)
	return row || matchActiveCol(s) != "" || strings.Contains(s, "第二十条") || s == "信息内容"
}

func (r *recognizer) activeTable(toks []token) *report.Table {
	t := &report.Table{Rows: map[string]map[string]report.Cell{}, RowLabels: map[string]report.Label{}, Columns: []string{}, ColumnLabels: []report.Label{}}
	var cols []string // the current header's column keys
	newSeen := 0
	var cur *activeRowDef
	var curCols []string
	curLine := 0                     // line of the current row's label or last value
	rowCols := map[string][]string{} // each row's columns
	rowToks := map[string][]token{}  // each row's value tokens
	var ext extent
	for _, tk := range toks {
		// Copies of merged cells repeat what their original already said.
		if tk.dup {
			continue
		}
		s := tk.key()
		// A cell of the current row holding text instead of a count
		// ("x", "不详") is a value that is not a number.
		if tk.isValue() || cur != nil && tk.line <= curLine+1 && tk.asInvalidValue() && !isActiveLabel(s) {
			if cur == nil || tk.blank && !ext.started {
				continue
			}
			if len(rowToks[cur.key]) >= len(curCols) {
				continue
			}
			rowToks[cur.key] = append(rowToks[cur.key], tk)
			curLine = tk.line
			ext.add(tk)
			continue
		}
		if !tk.isLabelish() || s == "" {
			continue
		}
		switch {
		case strings.Contains(s, "第二十条"):
			ext.add(tk)
			cols, newSeen, cur = nil, 0, nil
			if m := itemRe.FindStringSubmatch(s); m != nil && m[1] == "九" {
				r.evidence("item_procurement", tk, false)
			}
		case s == "信息内容":
			ext.add(tk)
			cols, newSeen, cur = nil, 0, nil
		default:
			if key := matchActiveCol(s); key != "" {
				ext.add(tk)
				if key == "new_" {
					key = "new_made"
					if newSeen > 0 {
						key = "new_published"
					}
					newSeen++
				}
				cols = append(cols, key)
				t.Columns = append(t.Columns, s)
				t.ColumnLabels = append(t.ColumnLabels, r.labelOf(tk))
				if columns2019[key] {
					r.evidence("column_"+key, tk, false)
				}
				continue
			}
			def, ok := matchActiveRow(s)
			if !ok {
				continue
			}
			if _, dup := t.Rows[def.key]; dup {
				cur = nil
				continue
			}
			ext.add(tk)
			cur = &def
			curLine = tk.line
			curCols = cols
			if len(curCols) == 0 {
				curCols = def.cols
			}
			rowCols[def.key] = curCols
			t.Rows[def.key] = map[string]report.Cell{}
			t.RowLabels[def.key] = r.labelOf(tk)
			switch {
			case def.key == "other_services":
				r.evidence("row_other_services", tk, false)
			case def.key == "procurement":
				r.evidence("item_procurement", tk, false)
			case def.key == "normative_documents" && s == "规范性文件":
				r.evidence("label_normative_documents", tk, true)
			}
		}
	}
	if !ext.started || len(t.Rows) == 0 {
		return nil
	}
	t.Loc = r.placeTable(ext)
	var short shortfall
	for _, def := range activeRows {
		if _, ok := t.Rows[def.key]; !ok {
			if def.key != "other_services" && def.key != "procurement" {
				short.missing = append(short.missing, def.key)
			}
			continue
		}
		cols := rowCols[def.key]
		amount := func(i int) bool { return cols[i] == "amount" }
		cells, ambiguous := fitRow(rowToks[def.key], len(cols), amount, nil)
		r.fillRow(t.Rows[def.key], cols, cells)
		if ambiguous {
			r.keepUnsplit(t, def.key, rowToks[def.key])
		}
		if ambiguous || len(cells) < len(cols) {
			short.short(def.key, ambiguous, t.RowLabels[def.key].Loc)
		}
	}
	r.noteShortfall("active", "二", t.Loc, short)
	return t
}

// keepUnsplit records the digits of a row that runs together with no
// unique split, as written, for policies that can still reason about them.
func (r *recognizer) keepUnsplit(t *report.Table, key string, toks []token) {
	if len(toks) == 0 {
		return
	}
	texts := make([]string, len(toks))
	for i, tk := range toks {
		texts[i] = tk.text.String()
	}
	if t.Unsplit == nil {
		t.Unsplit = map[string]report.Label{}
	}
	t.Unsplit[key] = report.Label{Text: strings.Join(texts, " "), Loc: r.spanLoc(toks[0], toks[len(toks)-1])}
}

// fillRow puts a row's cells under its columns, in order.
func (r *recognizer) fillRow(row map[string]report.Cell, cols []string, cells []token) {
	for i, tk := range cells {
		if i >= len(cols) {
			break
		}
		row[cols[i]] = r.cellOf(tk)
	}
}

// ---- table 三: 依申请 ----

// ApplicationRows lists the row keys of table 三 in template order (2021).
var ApplicationRows = []string{
	"new_received", "carried_over", "granted", "partially_granted",
	"withheld_state_secret", "withheld_prohibited_by_law", "withheld_three_safety",
	"withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
	"withheld_enforcement_file", "withheld_query_matter",
	"unable_not_held", "unable_needs_creation", "unable_unclear",
	"not_processed_complaint", "not_processed_duplicate", "not_processed_publication",
	"not_processed_excessive", "not_processed_confirmation",
	"other_no_correction", "other_unpaid_fee", "other_misc",
	"total_processed", "carried_forward",
}

var appRowWords = map[string][]string{
	"new_received":               {"本年新收"},
	"carried_over":               {"上年结转"},
	"granted":                    {"予以公开"},
	"partially_granted":          {"部分公开"},
	"withheld_state_secret":      {"国家秘密"},
	"withheld_prohibited_by_law": {"禁止公开", "其他法律", "法律行政", "行政法规"},
	"withheld_three_safety":      {"三安全", "一稳定", "危及"},
	"withheld_third_party":       {"第三方"},
	"withheld_internal_affairs":  {"内部事务"},
	"withheld_process_info":      {"过程性"},
	"withheld_enforcement_file":  {"执法案卷", "执法案件"},
	"withheld_query_matter":      {"查询事项"},
	"unable_not_held":            {"不掌握"},
	"unable_needs_creation":      {"另行制作", "没有现成"},
	"unable_unclear":             {"仍不明确", "补正后申请"},
	"not_processed_complaint":    {"信访", "举报投诉"},
	"not_processed_duplicate":    {"重复申请"},
	"not_processed_publication":  {"出版物"},
	"not_processed_excessive":    {"大量反复", "反复申请"},
	"not_processed_confirmation": {"重新出具", "确认或"},
	"other_no_correction":        {"逾期不补", "不补正"},
	"other_unpaid_fee":           {"收费通知", "缴纳费用"},
	"carried_forward":            {"结转下年", "下年度继续"},
}

var (
	otherMiscRe  = regexp.MustCompile(`^(?:\(?3\)?[.、,]?)其他$`)
	totalRe      = regexp.MustCompile(`^(?:\(七\)|七[、.])总计$`)
	otherHandlRe = regexp.MustCompile(`^(?:\(六\)|六[、.])?其他处理$`)
)

// matchAppRow returns the row key a label names, "other_handling" for the
// （六）其他处理 label, or "".
func matchAppRow(s string, rowsStarted bool) string {
	switch {
	case otherMiscRe.MatchString(s):
		return "other_misc"
	case totalRe.MatchString(s), rowsStarted && s == "总计":
		return "total_processed"
	case otherHandlRe.MatchString(s):
		return "other_handling"
	}
	for _, key := range ApplicationRows {
		if vocab.ContainsAny(s, appRowWords[key]) {
			return key
		}
	}
	return ""
}

// ApplicationColumns are the columns of table 三 (7-column form).
var ApplicationColumns = []string{"natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"}

var appColWords = []struct{ key, word string }{
	{"natural_person", "自然人"}, {"commercial", "商业企业"}, {"research", "科研机构"},
	{"social_welfare", "社会公益组织"}, {"legal_service", "法律服务机构"},
	{"legal_person_subtotal", "小计"}, {"total", "总计"}, {"other_org", "其他"},
}

func (r *recognizer) applicationsTable(toks []token) *report.Table {
	t := &report.Table{Rows: map[string]map[string]report.Cell{}, RowLabels: map[string]report.Label{}, Columns: []string{}, ColumnLabels: []report.Label{}}
	vals := map[string][]token{}
	var order []string // the rows found, in order
	drop := func(key string) {
		delete(t.RowLabels, key)
		order = slices.DeleteFunc(order, func(k string) bool { return k == key })
	}
	cur := ""
	curLine := 0 // line of the current row's label or last value
	var ext extent
	rowsStarted := false
	subtotalFirst, hasSubtotal := false, false
	sawCommercial := false
	for _, tk := range toks {
		s := tk.key()
		key := ""
		if !tk.isValue() && tk.isLabelish() && s != "" {
			key = matchAppRow(s, rowsStarted)
		}
		// A cell of the current row holding text instead of a count
		// ("x", "不详") is a value that is not a number.
		if tk.isValue() || key == "" && cur != "" && len(vals[cur]) < len(ApplicationColumns) && tk.line <= curLine+1 && tk.isLabelish() && tk.asInvalidValue() {
			if tk.dup || cur == "" || len(vals[cur]) >= 12 {
				continue
			}
			vals[cur] = append(vals[cur], tk)
			curLine = tk.line
			ext.add(tk)
			continue
		}
		if !tk.isLabelish() || s == "" {
			continue
		}
		if key == "" {
			if rowsStarted {
				continue
			}
			if strings.Contains(s, "勾稽关系") || strings.Contains(s, "申请人情况") {
				ext.add(tk)
				continue
			}
			for _, c := range appColWords {
				if strings.Contains(s, c.word) && len([]rune(s)) <= len([]rune(c.word))+2 && !tk.dup {
					ext.add(tk)
					t.Columns = append(t.Columns, s)
					t.ColumnLabels = append(t.ColumnLabels, r.labelOf(tk))
					switch c.key {
					case "commercial":
						sawCommercial = true
					case "legal_person_subtotal":
						hasSubtotal, subtotalFirst = true, !sawCommercial
					}
					break
				}
			}
			continue
		}
		ext.add(tk)
		rowsStarted = true
		if key == cur {
			continue
		}
		// A （六）其他处理 label followed by its three rows is a group label.
		if cur == "other_handling" && len(vals[cur]) == 0 {
			drop(cur)
		}
		if _, seen := t.RowLabels[key]; seen {
			cur = ""
			continue
		}
		cur = key
		curLine = tk.line
		order = append(order, key)
		t.RowLabels[key] = r.labelOf(tk)
	}
	if cur == "other_handling" && len(vals[cur]) == 0 {
		drop(cur)
	}
	// The single （六） row and the three split ones: the split ones win.
	if _, ok := t.RowLabels["other_handling"]; ok {
		for _, k := range []string{"other_no_correction", "other_unpaid_fee", "other_misc"} {
			if _, split := t.RowLabels[k]; split {
				drop("other_handling")
				break
			}
		}
	}
	if len(order) == 0 {
		return nil
	}
	cols := applicationColumns(order, vals, hasSubtotal, subtotalFirst)
	identity := applicationIdentity(cols)
	var short shortfall
	for _, key := range order {
		row := map[string]report.Cell{}
		cells, ambiguous := fitRow(vals[key], len(cols), nil, identity)
		r.fillRow(row, cols, cells)
		t.Rows[key] = row
		if ambiguous {
			r.keepUnsplit(t, key, vals[key])
		}
		if ambiguous || len(cells) < len(cols) {
			short.short(key, ambiguous, t.RowLabels[key].Loc)
		}
	}
	t.Loc = r.placeTable(ext)
	if lbl, ok := t.RowLabels["other_handling"]; ok {
		r.doc.TemplateEvidence = append(r.doc.TemplateEvidence, report.Evidence{Signal: "single_other_handling", Text: lbl.Text, Loc: lbl.Loc})
	}
	short.missing = missingApplicationRows(t)
	r.noteShortfall("applications", "三", t.Loc, short)
	return t
}

// applicationColumns decides between the 7-column table and the one with a
// 法人或其他组织 subtotal: a 小计 header, or most rows holding 8 numbers.
func applicationColumns(order []string, vals map[string][]token, hasSubtotal, subtotalFirst bool) []string {
	eight := 0
	for _, k := range order {
		if len(vals[k]) == 8 {
			eight++
		}
	}
	if !hasSubtotal && eight*2 <= len(order) {
		return ApplicationColumns
	}
	if subtotalFirst {
		return []string{"natural_person", "legal_person_subtotal", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"}
	}
	return []string{"natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "legal_person_subtotal", "total"}
}

// missingApplicationRows lists the rows of table 三 the report left out.
func missingApplicationRows(t *report.Table) []string {
	want := ApplicationRows
	if _, single := t.Rows["other_handling"]; single {
		want = nil
		for _, k := range ApplicationRows {
			switch k {
			case "other_no_correction", "other_unpaid_fee":
			case "other_misc":
				want = append(want, "other_handling")
			default:
				want = append(want, k)
			}
		}
	}
	var missing []string
	for _, k := range want {
		if _, ok := t.Rows[k]; !ok {
			missing = append(missing, k)
		}
	}
	return missing
}

// ---- table 四: 复议/诉讼 ----

// ReviewColumns are the five columns of each group of table 四.
var ReviewColumns = []string{"upheld", "corrected", "other", "pending", "total"}

func (r *recognizer) reviewTable(toks []token) *report.ReviewTable {
	start := -1
	for i, tk := range toks {
		if !tk.isValue() && tk.isLabelish() && (strings.Contains(tk.key(), "行政复议") || strings.Contains(tk.key(), "结果维持")) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	t := &report.ReviewTable{
		Reconsideration:       map[string]report.Cell{},
		LitigationDirect:      map[string]report.Cell{},
		LitigationAfterReview: map[string]report.Cell{},
		ColumnLabels:          []report.Label{},
	}
	groups := []map[string]report.Cell{t.Reconsideration, t.LitigationDirect, t.LitigationAfterReview}
	var ext extent
	ext.add(toks[start])
	var vals []token
	for _, tk := range toks[start:] {
		if len(vals) == 15 {
			break
		}
		if tk.isValue() || len(vals) > 0 && tk.asInvalidValue() {
			if tk.dup || tk.blank && len(vals) == 0 {
				continue
			}
			vals = append(vals, tk)
			ext.add(tk)
			continue
		}
		if len(vals) == 0 && tk.isLabelish() && !tk.dup {
			t.ColumnLabels = append(t.ColumnLabels, r.labelOf(tk))
			ext.add(tk)
		}
	}
	t.Loc = r.placeTable(ext)
	cells, ambiguous := fitRow(vals, 15, nil, reviewIdentity)
	for n, tk := range cells {
		groups[n/5][ReviewColumns[n%5]] = r.cellOf(tk)
	}
	// A header without any number is no table 四 read short: table-missing
	// says that.
	names := []string{"reconsideration", "litigation_direct", "litigation_after_review"}
	var short shortfall
	switch {
	case ambiguous:
		short.runTogether = names
	case 0 < len(cells) && len(cells) < 15:
		for k := len(cells); k < 15; k++ {
			short.unread = append(short.unread, names[k/5]+"."+ReviewColumns[k%5])
		}
	}
	r.noteShortfall("review", "四", t.Loc, short)
	return t
}

// ---- 信息处理费收取情况 (2025) ----

// FeeColumns are the cells of the 信息处理费收取情况 table, in order.
var FeeColumns = []string{"notified_count", "notified_amount", "collected_amount"}

var feeColWords = []struct{ key, word string }{
	{"notified_count", "通知收取件数"}, {"notified_amount", "通知收取金额"}, {"collected_amount", "实际收取金额"},
}

// feeUnitRe finds the unit of money a header gives: "(元)", "(单位:万元)".
var feeUnitRe = regexp.MustCompile(`\((?:单位:)?(万元|元)\)`)

// feeTable reads the table of 2025 reports on 信息处理费: its three
// headers, then one row of three cells.
func (r *recognizer) feeTable(toks []token) *report.FeeTable {
	t := &report.FeeTable{Cells: map[string]report.Cell{}, ColumnLabels: []report.Label{}}
	var ext extent
	var cols []string
	var vals []token
	for _, tk := range toks {
		if tk.isValue() {
			if len(cols) == 0 || tk.dup || tk.blank && len(vals) == 0 || len(vals) >= len(FeeColumns) {
				continue
			}
			vals = append(vals, tk)
			ext.add(tk)
			continue
		}
		if !tk.isLabelish() || tk.dup || len(vals) > 0 {
			continue
		}
		s := tk.key()
		for _, c := range feeColWords {
			if strings.Contains(s, c.word) && !slices.Contains(cols, c.key) {
				cols = append(cols, c.key)
				t.ColumnLabels = append(t.ColumnLabels, r.labelOf(tk))
				ext.add(tk)
				if m := feeUnitRe.FindStringSubmatch(s); m != nil && t.Unit == "" {
					t.Unit = m[1]
				}
				break
			}
		}
	}
	if len(cols) == 0 {
		return nil
	}
	t.Loc = r.placeTable(ext)
	amount := func(i int) bool { return i < len(cols) && cols[i] != "notified_count" }
	cells, ambiguous := fitRow(vals, len(cols), amount, nil)
	r.fillRow(t.Cells, cols, cells)
	var short shortfall
	if ambiguous || len(cells) < len(cols) {
		short.short("row", ambiguous, t.Loc)
	}
	for _, c := range FeeColumns {
		if !slices.Contains(cols, c) {
			short.missing = append(short.missing, c)
		}
	}
	r.noteShortfall("processing_fees", "信息处理费", t.Loc, short)
	return t
}

func (r *recognizer) decideTemplate() {
	old := slices.ContainsFunc(r.doc.TemplateEvidence, func(e report.Evidence) bool {
		return !e.Weak && e.Signal != "single_other_handling"
	})
	single := false
	if a := r.doc.Tables.Applications; a != nil {
		_, single = a.Rows["other_handling"]
	}
	switch {
	case old:
		r.doc.Template = report.Template2019
	case single && r.doc.Tables.Active == nil:
		r.doc.Template = report.Template2019
	case r.doc.Tables.Active != nil || r.doc.Tables.Applications != nil || r.doc.Tables.Review != nil:
		r.doc.Template = report.Template2021
	}
}
