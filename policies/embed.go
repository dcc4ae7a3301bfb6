// Package policies holds nianbao's built-in Rego policies: one rule per file
// under rules/<category>/, each with its _test.rego beside it; the helper
// library under lib/; and the entrypoint main.rego that collects every
// rule's violations and applies the configured levels.
package policies

import "embed"

// FS holds the built-in policies and their tests.
//
//go:embed main.rego main_test.rego lib rules
var FS embed.FS

// Regions holds the example region packs (regions/<pack>/), which are not
// built in: `nianbao init` starts a project from one of them.
//
//go:embed regions
var Regions embed.FS
