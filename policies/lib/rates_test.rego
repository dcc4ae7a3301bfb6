package nianbao.lib.rates_test

import data.nianbao.lib.rates

_cell(v) := {"value": v, "raw": "", "loc": {"line": 1, "column": 1, "end_line": 1, "end_column": 2}}

_doc := {"tables": {
	"applications": {"rows": {
		"new_received": {"total": _cell(21)}, "carried_over": {"total": _cell(0)},
		"granted": {"total": _cell(0)}, "partially_granted": {"total": _cell(4)},
		"total_processed": {"total": _cell(21)}, "carried_forward": {"total": _cell(0)},
	}},
	"review": {
		"reconsideration": {"corrected": _cell(1), "total": _cell(3)},
		"litigation_direct": {"corrected": _cell(0), "total": _cell(0)},
		"litigation_after_review": {"corrected": _cell(1), "total": _cell(10)},
	},
}}

test_rates if {
	r := rates.rates with input as _doc
	r.substantive_disclosure == {"numerator": 4, "denominator": 21, "rate": 4 / 21}
	r.carried_forward.rate == 0
	r.litigation_corrected == {"numerator": 1, "denominator": 10, "rate": 0.1}
}

test_small_counts_are_counts if {
	r := rates.rates with input as _doc
	r.reconsideration_corrected == {"numerator": 1, "denominator": 3, "rate": null}
	r2 := rates.rates with input as _doc with data.rates.min_denominator as 1
	r2.reconsideration_corrected.rate == 1 / 3
}

test_unread_figures_leave_the_rate_out if {
	r := rates.rates with input as {"tables": {"applications": {"rows": {"granted": {"total": _cell(1)}}}}}
	not r.substantive_disclosure
}
