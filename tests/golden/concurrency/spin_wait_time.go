// Busy-waiting takes time: a goroutine spinning on a flag, on time.Since or on
// runtime.Gosched sees the clock move and the sleeper it waits for wake up.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	var done atomic.Bool
	go func() {
		time.Sleep(3 * time.Millisecond)
		done.Store(true)
	}()
	spins := 0
	for !done.Load() {
		spins++
	}
	fmt.Println("flag seen after spinning:", spins > 0)

	start := time.Now()
	for time.Since(start) < 2*time.Millisecond {
	}
	fmt.Println("spun for at least 2ms:", time.Since(start) >= 2*time.Millisecond)

	var woke atomic.Int32
	go func() {
		time.Sleep(time.Millisecond)
		woke.Add(1)
	}()
	for woke.Load() == 0 {
		runtime.Gosched()
	}
	fmt.Println("sleeper woke:", woke.Load())

	t0 := time.Now()
	sum := 0
	for i := range 1_000_000 {
		sum += i
	}
	fmt.Println(sum, "computed in more than zero time:", time.Since(t0) > 0)

	deadline := time.After(time.Millisecond)
	polls := 0
	for {
		select {
		case <-deadline:
			fmt.Println("deadline reached after polling:", polls > 0)
			return
		default:
			polls++
		}
	}
}
