# METADATA
# title: 极慢的规则
# description: 在每个文档上做十亿次比较，用于检验求值时限。
# custom:
#   id: region/slow
#   category: region
#   severity: warning
#   message:
#     zh: 共比较{n}次
#     en: "{n} comparisons"
package nianbao.rules.region.slow

import data.nianbao.lib.result

report contains result.fail(rego.metadata.chain(), {"n": n}, result.start) if {
	n := count([1 |
		some i in numbers.range(1, 1000)
		some j in numbers.range(1, 1000)
		some k in numbers.range(1, 1000)
		i + j + k > 0
	])
}
