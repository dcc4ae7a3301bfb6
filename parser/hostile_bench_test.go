package parser_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nianbao/nianbao/engine"
	"github.com/nianbao/nianbao/parser"
)

// Hostile inputs: what a file may hold that no report does, at sizes far
// past any report's. Reading them must stay linear in their size.

// oneLineRow returns about n bytes of a single line of "规章 | " cells.
func oneLineRow(n int) []byte {
	unit := "规章 | "
	return []byte(strings.Repeat(unit, n/len(unit)+1)[:n/len(unit)*len(unit)])
}

// reportWords are drawn at random to make text that reads like a report's
// words in no report's order: the template's headings and row labels,
// narrative words, numbers, punctuation and line breaks.
var reportWords = []string{
	"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
	"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
	"(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)总计",
	"政府信息公开", "工作年度报告", "主动公开", "依申请公开", "行政复议", "行政诉讼",
	"规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费",
	"本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "自然人", "商业企业",
	"科研机构", "社会公益组织", "法律服务机构", "其他", "予以公开", "部分公开", "不予公开",
	"结果维持", "结果纠正", "尚未审结", "总计", "信息处理费", "万元", "件", "条", "人次",
	"2024年", "1月1日", "12月31日", "人民政府", "办公室", "联系电话:", "地址:",
	"0", "1", "2", "3", "12", "35", "108", "2024", "0.5",
	"。", ",", "、", ":", ";", "|", " ", "  ", "\n", "\n", "\n", "\r\n",
}

// randomReportWords returns about n bytes of reportWords drawn at random.
func randomReportWords(n int) []byte {
	r := rand.New(rand.NewPCG(9, 9))
	var b bytes.Buffer
	b.Grow(n + 64)
	for b.Len() < n {
		b.WriteString(reportWords[r.IntN(len(reportWords))])
	}
	return b.Bytes()
}

var (
	benchEngineOnce sync.Once
	benchEngine     *engine.Engine
	benchEngineErr  error
)

func lintEngine(b *testing.B) *engine.Engine {
	benchEngineOnce.Do(func() {
		benchEngine, benchEngineErr = engine.New(context.Background(), engine.Options{})
	})
	if benchEngineErr != nil {
		b.Fatal(benchEngineErr)
	}
	return benchEngine
}

// peakHeap samples the heap while fn runs and returns its largest size
// (objects and unused spans not yet returned to the system), in bytes.
func peakHeap(fn func()) uint64 {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
	read := func() uint64 {
		metrics.Read(samples)
		return samples[0].Value.Uint64() + samples[1].Value.Uint64()
	}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, read())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
	return max(peak, read())
}

// benchHostile lints inputs of 1×, 2× and 4× the size from gen, the way
// `nianbao lint FILE` does (parse, then every policy), and reports the
// time per MB and the peak heap, which stay flat when the work is linear.
func benchHostile(b *testing.B, name string, gen func(int) []byte, sizes ...int) {
	e := lintEngine(b)
	for _, size := range sizes {
		data := gen(size)
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			var peak uint64
			runtime.GC()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				peak = max(peak, peakHeap(func() {
					res, err := e.LintBytes(context.Background(), name, data)
					if err != nil {
						b.Fatal(err)
					}
					if len(res.Diagnostics) == 0 {
						b.Fatal("no diagnostic")
					}
				}))
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/(float64(len(data))/(1<<20)), "ms/MB")
		})
	}
}

// BenchmarkHostileOneLine lints a plain text that is one line of
// "规章 | " cells: 3, 6 and 12 MB.
func BenchmarkHostileOneLine(b *testing.B) {
	benchHostile(b, "oneline.txt", oneLineRow, 3<<20, 6<<20, 12<<20)
}

// BenchmarkHostileRandomWords lints report words in random order: 12, 25
// and 50 MB.
func BenchmarkHostileRandomWords(b *testing.B) {
	benchHostile(b, "words.txt", randomReportWords, 25<<19, 25<<20, 50<<20)
}

// BenchmarkHostileParse is the parser's share of the same inputs at their
// largest size.
func BenchmarkHostileParse(b *testing.B) {
	for _, in := range []struct {
		name string
		data []byte
	}{{"OneLine12MB", oneLineRow(12 << 20)}, {"RandomWords50MB", randomReportWords(50 << 20)}} {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.data)))
			for i := 0; i < b.N; i++ {
				if _, err := parser.Parse(in.name+".txt", in.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
