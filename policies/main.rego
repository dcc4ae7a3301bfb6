# METADATA
# title: Entrypoint
# description: |
#   Collects the violations of every rule under data.nianbao.rules and
#   applies the configured rule levels. nianbao evaluates
#   data.nianbao.main.report; deny and warn hold the same diagnostics as
#   message sets, so `opa eval` and conftest can use these policies on the
#   output of `nianbao parse`:
#
#     nianbao parse report.txt > report.json
#     conftest test --policy policies --namespace nianbao.main report.json
package nianbao.main

import data.nianbao.lib.config

# _all is every violation of every rule, before configuration: the
# built-in rules and custom ones written the same way, under
# data.nianbao.rules, and custom packages elsewhere, which nianbao collects
# in data.nianbao.custom.
_all contains v if {
	some v in data.nianbao.rules[_][_].report
}

_all contains v if {
	some v in data.nianbao.custom.report
}

# report is every diagnostic with its configured severity; rules set to
# "off" say nothing. Once a file is found not to be a report, nothing else
# is said of it.
report := configured(_all)

# builtin_report and custom_report split report in two, so that nianbao can
# evaluate them apart, each with its own time limit: a slow custom policy
# never costs a file its built-in diagnostics. nianbao sets
# builtin_packages and custom_packages, the packages of the rules under
# data.nianbao.rules as [category, name] pairs.
builtin_report := configured({v |
	some [c, n] in config.builtin_packages
	some v in data.nianbao.rules[c][n].report
})

custom_report := configured({v |
	some [c, n] in config.custom_packages
	some v in data.nianbao.rules[c][n].report
} | {v | some v in data.nianbao.custom.report})

# configured applies the rule levels to violations, and says only
# parse/unrecognized of a file that is no report. Without levels, the
# usual case, the violations are as the rules made them.
configured(vs) := _raised(vs) if count(config.levels) == 0

configured(vs) := {object.union(v, {"severity": level}) |
	levels := config.levels
	some v in _raised(vs)
	level := object.get(levels, v.rule, v.severity)
	level != "off"
} if count(config.levels) > 0

_raised(vs) := u if {
	u := {v | some v in vs; v.rule == "parse/unrecognized"}
	count(u) > 0
} else := vs

# deny holds the error messages (conftest's failures).
deny contains sprintf("%s [%s]", [v.message, v.rule]) if {
	some v in report
	v.severity == "error"
}

# warn holds the warning messages (conftest's warnings).
warn contains sprintf("%s [%s]", [v.message, v.rule]) if {
	some v in report
	v.severity == "warning"
}
