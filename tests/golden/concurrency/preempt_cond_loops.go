// Loops with a condition are preempted too: a goroutine spinning on a flag, or counting for a
// long time, does not stop main from waking up on time.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	go func() {
		spins := 0
		for !stop.Load() {
			spins++
		}
		fmt.Println("spinner stopped:", spins > 0)
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main resumed while the spinner spins")
	stop.Store(true)
	time.Sleep(time.Millisecond)

	go func() {
		n := 0
		for n < 30_000_001 {
			n++
			if n == 30_000_000 {
				break
			}
		}
		fmt.Println("loop done", n)
	}()
	t := time.Now()
	time.Sleep(time.Millisecond)
	fmt.Println("main resumed", time.Since(t) < 5*time.Millisecond)
	time.Sleep(time.Second)
}
