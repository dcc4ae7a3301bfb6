package parser

import (
	"regexp"
	"strings"

	"github.com/nianbao/nianbao/report"
)

var (
	addressLabelRe = regexp.MustCompile(`(?:通讯地址|通信地址|办公地址|联系地址|地址)[:,]?`)
	postcodeRe     = regexp.MustCompile(`(?:邮政编码|邮编)[:]?([0-9]+)`)
	// A label naming two things ("电话/传真：") gives the number to both.
	phoneLabelRe = regexp.MustCompile(`(?:联系电话|咨询电话|办公电话|监督电话|服务电话|电话号码|电话|联系方式|手机号码|手机)(?:[/、和及]传真)?[:]?`)
	faxLabelRe   = regexp.MustCompile(`传真(?:号码|电话)?[:]?`)
	emailRe      = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`)
	personRe     = regexp.MustCompile(`联系人[:]?([\p{Han}·]{2,4}?)(?:同志|联系|电话|手机|座机|[,;。:(/]|$)`)
	phoneRunRe   = regexp.MustCompile(`^[0-9()\-—－转、/或和, ]+`)
	// addressEndRe ends an address at the next field's label.
	addressEndRe = regexp.MustCompile(`邮政编码|邮编|联系电话|电话|传真|电子邮箱|邮箱|联系人`)
)

// findContact collects the contact details from the preamble, from any
// paragraph asking readers to get in touch (…联系), and from section 六 and
// the end of the report.
func (r *recognizer) findContact() {
	c := &report.Contact{Phones: []report.Field{}, Faxes: []report.Field{}, Emails: []report.Field{}}
	found := false
	seen := map[string]bool{}
	for pi := range r.paras {
		p := &r.paras[pi]
		s := p.text.String()
		sec := r.sectionOf(p.first)
		if sec != "" && sec != report.SectionOtherMatters && !strings.Contains(s, "联系") {
			continue
		}
		var spans [][2]int
		// field locates s[i:j] and counts it into the contact's span.
		field := func(i, j int) report.Field {
			spans = append(spans, [2]int{i, j})
			return report.Field{Value: s[i:j], Loc: r.d.Loc(p.text, i, j)}
		}
		add := func(list *[]report.Field, kind string, i, j int) {
			if seen[kind+s[i:j]] {
				return
			}
			seen[kind+s[i:j]] = true
			*list = append(*list, field(i, j))
		}
		if c.Address == nil {
			if m := addressLabelRe.FindStringIndex(s); m != nil {
				if i, j := addressValue(s, m[1]); j > i {
					f := field(i, j)
					c.Address = &f
				}
			}
		}
		if c.Postcode == nil {
			if m := postcodeRe.FindStringSubmatchIndex(s); m != nil {
				f := field(m[2], m[3])
				c.Postcode = &f
			}
		}
		if c.Person == nil {
			if m := personRe.FindStringSubmatchIndex(s); m != nil {
				f := field(m[2], m[3])
				c.Person = &f
			}
		}
		for _, m := range phoneLabelRe.FindAllStringIndex(s, -1) {
			for _, v := range phoneValues(s, m[1]) {
				add(&c.Phones, "phone", v[0], v[1])
			}
		}
		for _, m := range faxLabelRe.FindAllStringIndex(s, -1) {
			for _, v := range phoneValues(s, m[1]) {
				add(&c.Faxes, "fax", v[0], v[1])
			}
		}
		for _, m := range emailRe.FindAllStringIndex(s, -1) {
			add(&c.Emails, "email", m[0], m[1])
		}
		if len(spans) > 0 && !found {
			found = true
			lo, hi := spans[0][0], spans[0][1]
			for _, sp := range spans {
				lo, hi = min(lo, sp[0]), max(hi, sp[1])
			}
			c.Loc = r.d.Loc(p.text, lo, hi)
		}
	}
	if found {
		r.doc.Contact = c
	}
}

// addressValue returns the byte range of the address that starts at i: up
// to the next separator or field label, keeping bracketed parts.
func addressValue(s string, i int) (int, int) {
	depth := 0
	end := len(s)
	for k, ch := range s[i:] {
		switch ch {
		case '(':
			depth++
			continue
		case ')':
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 && strings.ContainsRune(";,。)", ch) {
			end = i + k
			break
		}
	}
	if m := addressEndRe.FindStringIndex(s[i:end]); m != nil {
		end = i + m[0]
	}
	v := strings.TrimSpace(s[i:end])
	if v == "" {
		return i, i
	}
	start := i + strings.Index(s[i:end], v)
	return start, start + len(v)
}

// phoneValues returns the byte ranges of the numbers written after a phone
// or fax label: "0994-2524371", "0994-2524371、13812345678".
func phoneValues(s string, i int) [][2]int {
	run := phoneRunRe.FindString(s[i:])
	var out [][2]int
	off := i
	for _, part := range strings.FieldsFunc(run, func(r rune) bool { return strings.ContainsRune("、/或和,", r) }) {
		k := strings.Index(s[off:], part)
		if k < 0 {
			break
		}
		start := off + k
		off = start + len(part)
		v := strings.TrimSpace(part)
		if !hasDigits(v, 3) {
			continue
		}
		vs := start + strings.Index(part, v)
		// A bracket left open or closed by the cut belongs to the text.
		for strings.HasSuffix(v, "(") || strings.HasSuffix(v, ")") && !strings.Contains(v, "(") {
			v = v[:len(v)-1]
		}
		out = append(out, [2]int{vs, vs + len(v)})
	}
	return out
}

func hasDigits(s string, n int) bool {
	c := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			c++
		}
	}
	return c >= n
}
