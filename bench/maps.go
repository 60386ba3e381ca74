// Benchmark: 200,000 map inserts then 200,000 lookups (half hits) — hashing and map growth (CPU-bound).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	start := time.Now()
	const n = 200_000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	hits, sum := 0, 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*14]; ok {
			hits++
			sum += v
		}
	}
	elapsed := time.Since(start)
	fmt.Println(len(m), hits, sum)
	if len(os.Args) > 1 && os.Args[1] == "-time" {
		fmt.Fprintln(os.Stderr, "ns", elapsed.Nanoseconds())
	}
}
