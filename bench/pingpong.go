// Benchmark: 200,000 messages ping-ponged between two goroutines over unbuffered channels
// (100,000 round trips) — channel hand-off and goroutine switches.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	start := time.Now()
	const rounds = 100_000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	elapsed := time.Since(start)
	fmt.Println(v)
	if len(os.Args) > 1 && os.Args[1] == "-time" {
		fmt.Fprintln(os.Stderr, "ns", elapsed.Nanoseconds())
	}
}
