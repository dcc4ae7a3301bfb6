package htmldoc_test

import (
	"strings"
	"testing"

	"github.com/nianbao/nianbao/parser"
	"github.com/nianbao/nianbao/parser/htmldoc"
)

func BenchmarkExtractPingtan(b *testing.B) {
	data := fixture(b, pingtan)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := htmldoc.Extract(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParsePingtan(b *testing.B) {
	data := fixture(b, pingtan)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.Parse(pingtan, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractDeepNesting(b *testing.B) {
	data := []byte(strings.Repeat("<div>", 100_000) + "<p>一、总体情况</p>" + strings.Repeat("</div>", 100_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := htmldoc.Extract(data); err != nil {
			b.Fatal(err)
		}
	}
}
