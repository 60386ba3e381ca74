// GOMAXPROCS=1: a pending writer blocks new readers; readers that hold the lock finish first.
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
	var rw sync.RWMutex
	reader := func(name string) {
		defer wg.Done()
		rw.RLock()
		out = append(out, name+"+ ")
		runtime.Gosched()
		runtime.Gosched()
		out = append(out, name+"- ")
		rw.RUnlock()
	}
	writer := func(name string) {
		defer wg.Done()
		rw.Lock()
		out = append(out, name+"+ ")
		runtime.Gosched()
		out = append(out, name+"- ")
		rw.Unlock()
	}
	wg.Add(5)
	go reader("r1")
	runtime.Gosched()
	go writer("w1")
	runtime.Gosched()
	go reader("r2")
	go writer("w2")
	go reader("r3")
	wg.Wait()
	fmt.Println(strings.Join(out, ""))
}
