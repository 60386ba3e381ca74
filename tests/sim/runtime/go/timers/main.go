// Records channel-timer semantics (Go 1.23+): Stop/Reset results, len/cap of timer channels,
// no stale value after Stop, which of two time.After cases fires first.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Second)
	fmt.Println("stop", t.Stop(), t.Stop())
	fmt.Println("reset-stopped", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("reset-fired", t.Reset(time.Hour))
	fmt.Println("len-cap", len(t.C), cap(t.C))
	u := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("stop-after-expiry", u.Stop())
	select {
	case <-u.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("after 20ms")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after 10ms")
	}
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks", n)
}
