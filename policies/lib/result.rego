# METADATA
# title: Results
# description: |
#   The one helper every rule calls to report a violation. A rule passes
#   rego.metadata.chain(), the parameters its message template names, and a
#   location from the report document; the helper reads id, severity,
#   category, basis and the message templates from the rule's METADATA, so
#   the annotations are the single source of everything a diagnostic says
#   about its rule.
package nianbao.lib.result

import data.nianbao.lib.config

# fail returns the violation of the rule annotated in chain, with its
# message rendered from params and located at loc.
fail(chain, params, loc) := violation(m, "message", params, loc, m.custom.severity) if m := meta(chain)

# fail_as is fail with a severity other than the rule's default (e.g. a
# blank cell reported at warning level by an error rule).
fail_as(chain, params, loc, severity) := violation(meta(chain), "message", params, loc, severity)

# fail_with is fail with the rule's template under key (e.g.
# "message_empty") instead of its main message; such templates sit beside
# message in the rule's METADATA, in both languages.
fail_with(chain, key, params, loc) := violation(m, key, params, loc, m.custom.severity) if m := meta(chain)

# fail_related is fail with other places the diagnostic speaks of, each
# {"path", "location", "message"} (last year's cell of a carry-over):
# SARIF shows them as related locations.
fail_related(chain, params, loc, related) := object.union(fail(chain, params, loc), {"related": related})

# text renders the rule's template under key with params, in the
# configured language (a related location's message).
text(chain, key, params) := render(template(meta(chain), key), params)

# meta returns the annotations that carry the rule's id.
meta(chain) := link.annotations if {
	some link in chain
	link.annotations.custom.id
}

# violation is the violation of the rule annotated with m, its message
# rendered from the template under key. (render is written out here: every
# diagnostic is made here, and a function call costs more than the
# expressions it saves writing.)
violation(m, key, params, loc, severity) := {
	"rule": m.custom.id,
	"title": m.title,
	"category": m.custom.category,
	"severity": severity,
	"message": strings.replace_n({concat("", ["{", k, "}"]): sprintf("%v", [v]) | some k, v in params}, template(m, key)),
	"location": location(loc),
	"basis": object.get(m.custom, "basis", ""),
}

# template picks the message template under key in the configured
# language, falling back to Chinese.
template(m, key) := t if {
	t := m.custom[key][config.lang]
} else := m.custom[key].zh

# render replaces each {name} in tmpl with params[name].
render(tmpl, params) := strings.replace_n({concat("", ["{", k, "}"]): sprintf("%v", [v]) | some k, v in params}, tmpl)

# start is the first character of the report: where a missing title or an
# unreadable file is reported.
start := {"line": 1, "column": 1, "end_line": 1, "end_column": 1}

# location returns loc when it locates something, start otherwise.
location(loc) := loc if {
	is_object(loc)
	loc.line > 0
} else := start

# custom turns a message of the minimal deny/warn form into a violation of
# the pseudo-rule id (the package path). msg is a string, or an object with
# "msg" and optionally "location" (a loc from the document).
custom(id, severity, msg) := {
	"rule": id,
	"title": id,
	"category": "custom",
	"severity": severity,
	"message": _custom_text(msg),
	"location": location(object.get(_custom_obj(msg), "location", null)),
	"basis": "",
}

_custom_obj(msg) := msg if {
	is_object(msg)
} else := {}

_custom_text(msg) := msg if {
	is_string(msg)
} else := msg.msg if {
	is_object(msg)
	is_string(msg.msg)
} else := sprintf("%v", [msg])
