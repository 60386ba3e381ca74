// GOMAXPROCS=1: runtime.Gosched puts the caller on the global run queue.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// out collects the output in memory: a write syscall while goroutines race could hand the P
// to another thread (sysmon retake), which makes even GOMAXPROCS=1 orders nondeterministic.
var out []string

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				out = append(out, fmt.Sprint(name, i, " "))
				runtime.Gosched()
			}
		}()
	}
	for i := 0; i < 2; i++ {
		out = append(out, fmt.Sprint("main", i, " "))
		runtime.Gosched()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ""))
}
