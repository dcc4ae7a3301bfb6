# METADATA
# title: Configuration
# description: |
#   Run configuration as nianbao passes it in data.nianbao.config: message
#   language, issuer kind override and default, rule levels. Every value
#   has a default, so the policies also run under `opa eval` or conftest
#   without any configuration.
package nianbao.lib.config

# lang is the language of messages: "zh" (default) or "en".
default lang := "zh"

lang := l if {
	l := data.nianbao.config.lang
	l in {"zh", "en"}
}

# levels maps rule ids to the level configured for them ("off", "info",
# "warning", "error"); rules not in it keep their default severity.
default levels := {}

levels := data.nianbao.config.levels

# issuer_kind_override replaces the inferred issuer kind (--issuer-kind).
default issuer_kind_override := ""

issuer_kind_override := data.nianbao.config.issuer_kind_override

# issuer_kind_default is used when the kind cannot be inferred
# (issuer-kind in .nianbao.yaml).
default issuer_kind_default := ""

issuer_kind_default := data.nianbao.config.issuer_kind_default

# builtin_packages and custom_packages list the packages of the built-in
# and of the custom rules under data.nianbao.rules, as [category, name]
# pairs; nianbao sets them.
default builtin_packages := []

builtin_packages := data.nianbao.config.builtin_packages

default custom_packages := []

custom_packages := data.nianbao.config.custom_packages
