# METADATA
# title: Rates
# description: |
#   The rates a reviewing authority compares bodies by, from tables 三 and
#   四 of the report: 实质公开率 ((予以公开 + 部分公开) / 办理结果总计),
#   复议纠错率 and 诉讼纠错率 (结果纠正 / 总计 of reconsideration and of
#   both kinds of litigation), 结转率 (结转下年度 / (本年新收 + 上年结转)).
#   Each is {"numerator", "denominator", "rate"}; rate is null where the
#   denominator is under min_denominator (data.rates.min_denominator, else
#   5): small counts are shown as counts, not rates. A rate whose figures
#   are not all read is left out. nianbao puts them in every output.
package nianbao.lib.rates

import data.nianbao.lib.report as doc

min_denominator := n if {
	n := data.rates.min_denominator
	is_number(n)
} else := 5

_app(row) := doc.value(input.tables.applications.rows[row].total)

_rev(group, col) := doc.value(input.tables.review[group][col])

rates["substantive_disclosure"] := _rate(_app("granted") + _app("partially_granted"), _app("total_processed"))

rates["reconsideration_corrected"] := _rate(_rev("reconsideration", "corrected"), _rev("reconsideration", "total"))

rates["litigation_corrected"] := _rate(
	_rev("litigation_direct", "corrected") + _rev("litigation_after_review", "corrected"),
	_rev("litigation_direct", "total") + _rev("litigation_after_review", "total"),
)

rates["carried_forward"] := _rate(_app("carried_forward"), _app("new_received") + _app("carried_over"))

_rate(n, d) := {"numerator": n, "denominator": d, "rate": n / d} if d >= min_denominator

_rate(n, d) := {"numerator": n, "denominator": d, "rate": null} if d < min_denominator
