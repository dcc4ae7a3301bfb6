# METADATA
# title: Report document helpers
# description: |
#   Shortcuts over the report document (input): sections by key, the whole
#   narrative, cell values, the issuer kind after configuration, and where a
#   missing section, table or statement belongs.
package nianbao.lib.report

import data.nianbao.lib.config
import data.nianbao.lib.result

# section_keys lists the six sections in template order.
section_keys := ["overview", "active_disclosure", "applications", "review_litigation", "problems", "other_matters"]

# template_keys lists the sections of the template the report follows, in
# order: the six, and in reports that have a 信息处理费收取情况 section (the
# 2025 template) that section as 五, the last two then numbered 六 and 七.
template_keys := array.concat(array.slice(section_keys, 0, 4), array.concat(["processing_fees"], array.slice(section_keys, 4, 6))) if {
	_has_fee_section
} else := section_keys

# (Not read through sections, which a report with a heading written twice
# cannot build.)
_has_fee_section if {
	some s in input.sections
	s.key == "processing_fees"
}

# section_number is the number the report's template gives section key
# (1 for overview); 信息处理费收取情况 is 五 also where it is missing.
section_number(key) := n if {
	some i, k in template_keys
	k == key
	n := i + 1
} else := 5 if key == "processing_fees"

# sections maps each section key found to its section.
sections := {s.key: s | some s in input.sections}

# narrative is the whole narrative: preamble and every section's text.
narrative := concat("\n", array.concat([_preamble_text], [s.text | some s in input.sections]))

_preamble := object.get(input, "preamble", null)

_preamble_text := _preamble.text if {
	_preamble != null
} else := "" if {
	_preamble == null
}

# value returns the number in a cell; undefined for blank or non-numeric
# cells.
value(cell) := cell.value if is_number(cell.value)

# issuer_kind is the kind of the issuing body: the --issuer-kind override,
# else the kind inferred from its name, else the configured default, else
# "unknown".
issuer_kind := config.issuer_kind_override if {
	config.issuer_kind_override != ""
} else := input.issuer.kind if {
	input.issuer.kind in {"government", "department", "township"}
} else := config.issuer_kind_default if {
	config.issuer_kind_default != ""
} else := "unknown"

# is_people_government holds when the issuer is a people's government at any
# level (…人民政府, a bare administrative division, a 管委会 acting as one,
# or a township government).
is_people_government if issuer_kind == "government"

is_people_government if {
	issuer_kind == "township"
	endswith(input.issuer.name, "政府")
}

# section_anchor is where section key belongs: its heading if present,
# else the heading of the next section found, else the end of the report.
# (Alternatives that exclude each other are written with else here and
# below: OPA evaluates every definition of a rule whose value is not a
# constant, an else chain stops at the first that holds.)
section_anchor(key) := loc if {
	loc := sections[key].loc
} else := _first_or_end(later) if {
	not sections[key]
	some i, k in section_keys
	k == key
	later := [s.loc | some j, k2 in section_keys; j > i; s := sections[k2]]
}

_first_or_end(locs) := loc if {
	loc := locs[0]
} else := input.end

# preamble_anchor is where statements of the preamble belong (统计期限,
# contact details): the preamble, else the title, else the first line.
preamble_anchor := _preamble.loc if {
	_preamble != null
} else := input.title.loc if {
	_preamble == null
	object.get(input, "title", null) != null
} else := result.start if {
	_preamble == null
	object.get(input, "title", null) == null
}
