// GOMAXPROCS=1: an unbuffered producer/consumer pair and who runs when.
package main

import (
	"fmt"
	"strings"
)

// out collects the output in memory: a write syscall while goroutines race could hand the P
// to another thread (sysmon retake), which makes even GOMAXPROCS=1 orders nondeterministic.
var out []string

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range c {
			out = append(out, fmt.Sprint("recv", v, " "))
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		out = append(out, fmt.Sprint("send", i, " "))
		c <- i
	}
	close(c)
	<-done
	fmt.Println(strings.Join(out, ""))
}
