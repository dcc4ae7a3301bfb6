# METADATA
# title: 重复的规则编号
# description: 与内置规则编号相同的自定义规则。
# custom:
#   id: structure/title-missing
#   category: structure
#   severity: error
#   message:
#     zh: 冲突
#     en: collision
package nianbao.rules.mine["title-missing"]

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {}, result.start) if {
	input.contact == null
}
