// Built in GOPATH mode (GO111MODULE=off: one runtime goroutine fewer at start). GOMAXPROCS=1: 300 goroutines overflow the 256-slot local run queue into the global queue.
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
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); out = append(out, fmt.Sprint(i, " ")) }()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ""))
}
