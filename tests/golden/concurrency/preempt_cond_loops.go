// Loops with a condition are preempted too: a goroutine spinning on a flag, or forever on a
// condition that never changes, does not stop main from waking up and going on.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	done := make(chan int)
	go func() {
		spins := 0
		for !stop.Load() {
			spins++
		}
		done <- spins
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main resumed while the spinner spins")
	stop.Store(true)
	fmt.Println("spinner stopped after spinning:", <-done > 0)

	go func() {
		x := 0
		for x < 10 {
		}
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main resumed beside a goroutine that never stops")
}
