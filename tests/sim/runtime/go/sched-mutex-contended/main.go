// GOMAXPROCS=1: goroutines yield while holding a mutex, so the others queue on it; Unlock wakes
// a waiter, but the unlocker may barge back in before the waiter runs (normal mode).
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// out collects the output in memory (no write syscalls while the order is decided).
var out []string

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				out = append(out, fmt.Sprint(i, j, " "))
				runtime.Gosched()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ""))
}
