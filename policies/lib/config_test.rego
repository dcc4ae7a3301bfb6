package nianbao.lib.config_test

import data.nianbao.lib.config

test_defaults_without_configuration if {
	config.lang == "zh"
	config.levels == {}
	config.issuer_kind_override == ""
	config.issuer_kind_default == ""
}

test_configured_values if {
	config.lang == "en" with data.nianbao.config.lang as "en"
	config.levels == {"dates/period-missing": "off"} with data.nianbao.config.levels as {"dates/period-missing": "off"}
	config.issuer_kind_default == "township" with data.nianbao.config.issuer_kind_default as "township"
}

test_an_unknown_language_is_chinese if {
	config.lang == "zh" with data.nianbao.config.lang as "fr"
}
