package l10n

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// zh gives the Chinese of each message key. A key is the English format
// that New, Wrap and Sprintf are called with; TestCatalogComplete checks
// that every key in nianbao's code has its Chinese here. %[n]v picks an
// argument by number where Chinese words them in another order.
var zh = map[string]string{
	// Configuration (config).
	"larger than %d bytes":        "文件大于 %d 字节",
	"invalid YAML: %s":            "YAML 格式错误：%s",
	"more than one YAML document": "文件中有不止一个 YAML 文档",
	"and %d more mistakes":        "另有 %d 处错误",
	"rules":                       "rules",
	"look for %s":                 "查找 %s",
	"configuration file":          "配置文件",
	"configuration file %s":       "配置文件 %s",
	"%s must be a mapping":        "%s 应为映射（键: 值）",
	"%s: keys must be strings":    "%s：键应为字符串",
	"%s: %q is set twice":         "%s：%q 设置了两次",
	"%sunknown key %q (did you mean %q?) (valid keys: %s)": "%s未知的键 %q（是否想写 %q？）（可用的键：%s）",
	"%sunknown key %q (valid keys: %s)":                    "%s未知的键 %q（可用的键：%s）",
	"%s must be a string":                                  "%s 应为字符串",
	"invalid %s %q (valid: %s)":                            "无效的 %s %q（可用：%s）",
	"%s must be a list, such as [%s]":                      "%s 应为列表，如 [%s]",
	"%s: empty entry":                                      "%s：有空的条目",
	"%s: %s does not exist":                                "%s：%s 不存在",
	"%s: %s is not a directory":                            "%s：%s 不是目录",
	"%s: %s is a directory, not a file":                    "%s：%s 是目录，不是文件",
	"rules: %q is a pattern; name each rule by its id (--disable and --enable take patterns)": "rules：%q 是通配模式，这里应逐条写出规则编号（--disable 和 --enable 才接受通配模式）",
	"rules: %s must be a mapping such as {level: off} or {ignore: [\"drafts/**\"]}":           "rules：%s 应为映射，如 {level: off} 或 {ignore: [\"drafts/**\"]}",
	"empty pattern %q": "空的路径模式 %q",
	"invalid glob %q":  "无效的路径模式 %q",

	// Policies and rules (engine).
	"policy directory":                       "策略目录",
	"policy directory %s is not a directory": "策略目录 %s 不是目录",
	"collect custom policies":                "汇集自定义策略",
	"data file":                              "数据文件",
	"data file %s: use .json, .yaml or .yml": "数据文件 %s：应为 .json、.yaml 或 .yml 文件",
	"data file %s":                           "数据文件 %s",
	"data file %s: the top level must be an object (a mapping)":                 "数据文件 %s：顶层应为对象（映射）",
	"data file %s: the key \"nianbao\" is reserved for nianbao's configuration": "数据文件 %s：键“nianbao”留作 nianbao 自身的配置",
	"data files %s and %s both define %q":                                       "数据文件 %s 和 %s 都定义了 %q",
	"policy evaluation exceeded the time limit":                                 "策略评估超出时间限制",
	"%v (%s): a policy may be looping over a large input":                       "%v（%s）：可能有策略在大量输入上反复循环",
	"evaluate policies": "评估策略",
	"custom policies":   "自定义策略",
	"invalid fail level %q: use error, warning, info or none": "无效的失败级别 %q：可用 error、warning、info 或 none",
	"compile policies": "编译策略",
	"custom policy package %s collides with rule %s": "自定义策略包 %s 与规则 %s 冲突",
	"invalid language %q: use zh or en":              "无效的语言 %q：可用 zh 或 en",
	"parse %s":                                       "解析 %s",
	"internal error: %v":                             "内部错误：%v",
	"%s: custom rule id %s is the id of a built-in rule; give the custom rule an id of its own (e.g. region/…)": "%s：自定义规则编号 %s 与内置规则相同，请另取编号（如 region/…）",
	"rule id %s is declared twice: in %s and in %s":                                                             "规则编号 %s 声明了两次：在 %s 和 %s 中",
	"%s: rule %s: severity %q is not error, warning or info":                                                    "%s：规则 %s：严重程度 %q 不是 error、warning 或 info",
	"rule %s: invalid level %q: use off, info, warning or error":                                                "规则 %s：无效的级别 %q：可用 off、info、warning 或 error",
	"unknown rule %q (did you mean %q?)":                                                                        "未知的规则 %q（是否想写 %q？）",
	"unknown rule %q (nianbao rules lists them)":                                                                "未知的规则 %q（nianbao rules 列出全部规则）",
	"invalid --run pattern":                                                                                     "--run 的正则表达式无效",
	"run tests":                                                                                                 "运行测试",

	// Files that cannot be read (parser.KindWords; the same as the
	// reasons of parse/unrecognized).
	"the file is not text, or in an unknown encoding":                                      "文件不是文本，或使用了无法识别的编码",
	"the file is too large or too complex":                                                 "文件过大或结构过于复杂",
	"this is an old Word or WPS format that cannot be read; save it as .docx":              "这是无法读取的旧版 Word 或 WPS 格式，请另存为 .docx",
	"the file is named .docx but is not a Word document":                                   "文件名为 .docx，但不是 Word 文档",
	"the file is named .pdf but is not a PDF":                                              "文件名为 .pdf，但不是 PDF 文件",
	"the file is damaged or truncated":                                                     "文件已损坏或不完整",
	"the file is encrypted and cannot be opened without a password":                        "文件已加密，没有密码无法打开",
	"the PDF has no text layer (a scan?); provide one with selectable text":                "PDF 没有文字层（可能是扫描件），请提供可复制文字的版本",
	"its compressed content expands far beyond its declared or allowed size (a zip bomb?)": "压缩内容远超声明或允许的大小（疑似压缩炸弹）",
	"the format is not supported":                                                          "不支持该文件格式",

	// Output.
	"unknown format %q (formats: %s)": "未知的输出格式 %q（可用：%s）",
	"step summary":                    "作业摘要",
	"step summary %s":                 "作业摘要 %s",

	"--previous goes with one report to lint, not %d": "--previous 只能配合一份要检查的报告使用，现在有 %d 份",

	"roll-up file %s": "汇总关系文件 %s",

	// Scoring files (score).
	"scoring file %s":                                 "评分文件 %s",
	"mode %q: use conservative or strict":             "mode %q 无效：可用 conservative 或 strict",
	"item %d (%s) names no rule":                      "第 %d 项（%s）没有列出规则",
	"item %d (%s): points and cap cannot be negative": "第 %d 项（%s）：扣分和上限不能为负数",

	// nianbao serve.
	"not a file upload (multipart/form-data)":   "不是文件上传（multipart/form-data）",
	"%s is larger than %s":                      "%s 大于 %s",
	"more than %d files in one upload":          "一次上传的文件多于 %d 个",
	"no file was uploaded":                      "没有上传任何文件",
	"the upload is larger than %s":              "上传的内容大于 %s",
	"the server is busy: try again in a moment": "服务器正忙，请稍后再试",
	"a form of another site cannot upload here": "其他网站的表单不能向这里上传",
	"listen on %s":                              "监听 %s",

	// Baselines (baseline).
	"baseline":     "基线文件",
	"baseline %s":  "基线文件 %s",
	"the baseline": "基线文件",
	"no version: a baseline starts with \"version: %d\"":         "缺少 version：基线文件应以“version: %d”开头",
	"unknown baseline version %q: this nianbao reads version %d": "未知的基线版本 %q：这一版 nianbao 读取的是第 %d 版",
	"entries must be a list of entries (- fingerprint: …)":       "entries 应为条目的列表（- fingerprint: …）",
	"an entry needs a %s":                                                   "条目缺少 %s",
	"fingerprint %s is listed twice (first at line %d)":                     "fingerprint %s 出现了两次（第一次在第 %d 行）",
	"year must be a year, such as 2024":                                     "year 应为年份，如 2024",
	"file needs issuer and year, or name":                                   "file 应写明 issuer 和 year，或 name",
	"baseline write needs -o FILE: the baseline to write":                   "baseline write 需要用 -o 文件 指定要写入的基线",
	"%s: %d findings in the baseline":                                       "%s：基线中共有 %d 个问题",
	"--baseline %s: no such file (nianbao baseline write -o %s writes one)": "--baseline %s：文件不存在（可用 nianbao baseline write -o %s 写入基线）",

	// The command line.
	"not overwriting %s (use --force)": "不覆盖已有的 %s（要覆盖请加 --force）",
	"no test matches %q":               "没有与 %q 匹配的测试",
	"%d of %d tests failed":            "共 %[2]d 个测试，%[1]d 个未通过",
	"read %s":                          "读取 %s",
	"invalid issuer kind %q: use government, department or township":                                                           "无效的发布机关类型 %q：可用 government、department 或 township",
	"no report found to lint in %s: directories are walked for .txt, .md, .html, .htm, .docx, .doc, .wps, .pdf and .ofd files": "%s 中未找到要检查的报告：目录中只查找 .txt、.md、.html、.htm、.docx、.doc、.wps、.pdf 和 .ofd 文件",
	"no report found to lint in %s: the %d files found are not annual reports":                                                 "%s 中未找到要检查的报告：找到的 %d 个文件都不是年度报告",
	"--out %q: want FORMAT=FILE, such as sarif=nianbao.sarif":                                                                  "--out %q：应写作 格式=文件，如 sarif=nianbao.sarif",
	"%s: two reports would be written to this file":                                                                            "%s：两份报告会写入同一个文件",
	"%s is among the files linted: nianbao does not write to its input; write the report elsewhere":                            "%s 是被检查的文件之一：nianbao 不写入它检查的文件，请把报告写到别处",
	"-f xlsx writes a binary workbook: give it a file with -o FILE":                                                            "-f xlsx 输出的是二进制的工作簿，请用 -o 文件 指定要写入的文件",
	"%s report": "%s 报告",
	"write %s":  "写入 %s",
	"- (standard input) given more than once":          "“-”（标准输入）给出了不止一次",
	"not a duration: give its unit, such as 30s or 2m": "不是时长：应带单位，如 30s 或 2m",
	"not a valid value":                                "格式不对",
	"out of range":                                     "超出范围",
	"unknown flag: %s":                                 "未知的选项：%s",
	"unknown shorthand flag: %q in %s":                 "未知的短选项：%[2]s 中的 %[1]q",
	"unknown command %q for %q":                        "%[2]q 没有子命令 %[1]q",
	"flag needs an argument: %s":                       "选项需要一个值：%s",
	"invalid argument %q for %q flag: %s":              "选项 %[2]s 的值 %[1]q 无效：%[3]s",
	"requires at least %d arg(s), only received %d":    "至少需要 %d 个参数，只给了 %d 个",
	"accepts %d arg(s), received %d":                   "只接受 %d 个参数，给了 %d 个",
}

// en gives the English plural forms of the keys that count something.
var en = map[string]catalog.Message{
	"and %d more mistakes": plural.Selectf(1, "%d",
		plural.One, "and %d more mistake",
		plural.Other, "and %d more mistakes"),
	"%d of %d tests failed": plural.Selectf(2, "%d",
		plural.One, "%d of %d test failed",
		plural.Other, "%d of %d tests failed"),
	"no report found to lint in %s: the %d files found are not annual reports": plural.Selectf(2, "%d",
		plural.One, "no report found to lint in %s: the file found is not an annual report",
		plural.Other, "no report found to lint in %s: the %d files found are not annual reports"),
	"%s: %d findings in the baseline": plural.Selectf(2, "%d",
		plural.One, "%s: %d finding in the baseline",
		plural.Other, "%s: %d findings in the baseline"),
	"accepts %d arg(s), received %d": plural.Selectf(1, "%d",
		plural.One, "accepts %d argument, received %d",
		plural.Other, "accepts %d arguments, received %d"),
	"requires at least %d arg(s), only received %d": plural.Selectf(1, "%d",
		plural.One, "requires at least %d argument, only received %d",
		plural.Other, "requires at least %d arguments, only received %d"),
}

// messages holds the messages in both languages; it is built once and
// only read.
var messages = build()

func build() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for key, s := range zh {
		if err := b.SetString(language.Chinese, key, s); err != nil {
			panic(err)
		}
	}
	for key, m := range en {
		if err := b.Set(language.English, key, m); err != nil {
			panic(err)
		}
	}
	return b
}
