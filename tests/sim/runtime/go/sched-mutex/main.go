// GOMAXPROCS=1: three goroutines take turns on a mutex (Unlock wakes a waiter into runnext).
package main

import (
	"fmt"
	"strings"
	"sync"
)

// out collects the output in memory: a write syscall while goroutines race could hand the P
// to another thread (sysmon retake), which makes even GOMAXPROCS=1 orders nondeterministic.
var out []string

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				mu.Lock()
				out = append(out, fmt.Sprint(i, j, " "))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ""))
}
