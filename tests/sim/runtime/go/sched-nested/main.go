// GOMAXPROCS=1: goroutines that start goroutines (runnext kicks the previous one to the queue).
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
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out = append(out, fmt.Sprint("p", i, " "))
			for j := 0; j < 2; j++ {
				wg.Add(1)
				go func() { defer wg.Done(); out = append(out, fmt.Sprint("c", i, j, " ")) }()
			}
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ""))
}
