// Benchmark: a mutex-contended counter, 8 goroutines x 50,000 increments — Lock/Unlock under contention.
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	const workers, per = 8, 50_000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println(counter)
	if len(os.Args) > 1 && os.Args[1] == "-time" {
		fmt.Fprintln(os.Stderr, "ns", elapsed.Nanoseconds())
	}
}
