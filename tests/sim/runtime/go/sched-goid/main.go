// GOMAXPROCS=1: the goroutine ids user goroutines get (runtime.Stack header).
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func id() string {
	b := make([]byte, 64)
	b = b[:runtime.Stack(b, false)]
	return strings.Fields(string(b))[1]
}

// out collects the output in memory: a write syscall while goroutines race could hand the P
// to another thread (sysmon retake), which makes even GOMAXPROCS=1 orders nondeterministic.
var out []string

func main() {
	var wg sync.WaitGroup
	out = append(out, fmt.Sprint(id(), " "))
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); out = append(out, fmt.Sprint(id(), " ")) }()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ""), runtime.NumGoroutine())
}
