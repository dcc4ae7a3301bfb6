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

_unrecognized := {v | some v in _all; v.rule == "parse/unrecognized"}

# Once a file is found not to be a report, nothing else is said of it.
_raised := _unrecognized if count(_unrecognized) > 0

_raised := _all if count(_unrecognized) == 0

# report is every diagnostic with its configured severity; rules set to
# "off" say nothing.
report contains object.union(v, {"severity": level}) if {
	some v in _raised
	level := _level(v)
	level != "off"
}

_level(v) := config.levels[v.rule]

_level(v) := v.severity if not config.levels[v.rule]

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
