// Benchmark: sieve of Eratosthenes up to 2,000,000 — slice indexing and loops (CPU-bound).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	start := time.Now()
	const n = 2_000_000
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	elapsed := time.Since(start)
	fmt.Println(count)
	if len(os.Args) > 1 && os.Args[1] == "-time" {
		fmt.Fprintln(os.Stderr, "ns", elapsed.Nanoseconds())
	}
}
