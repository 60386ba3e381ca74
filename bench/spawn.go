// Benchmark: spawn 100,000 goroutines and join them with a sync.WaitGroup (target: under 1 s in
// the simulator). Each goroutine writes its own slot, so no locking is needed.
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	const n = 100_000
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			results[i] = i * 2
			wg.Done()
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	elapsed := time.Since(start)
	fmt.Println(sum)
	if len(os.Args) > 1 && os.Args[1] == "-time" {
		fmt.Fprintln(os.Stderr, "ns", elapsed.Nanoseconds())
	}
}
