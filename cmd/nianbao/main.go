// Command nianbao lints Chinese government information-disclosure annual
// reports (政府信息公开工作年度报告).
package main

//go:generate sh -c "go run . rules --format markdown > ../../docs/rules.md"

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
