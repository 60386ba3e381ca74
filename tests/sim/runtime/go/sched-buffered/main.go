// GOMAXPROCS=1: a buffered channel lets the producer run ahead until the buffer is full.
package main

import (
	"fmt"
	"strings"
)

// out collects the output in memory: a write syscall while goroutines race could hand the P
// to another thread (sysmon retake), which makes even GOMAXPROCS=1 orders nondeterministic.
var out []string

func main() {
	c := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for v := range c {
			out = append(out, fmt.Sprint("recv", v, " "))
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		out = append(out, fmt.Sprint("send", i, " "))
		c <- i
	}
	close(c)
	<-done
	fmt.Println(strings.Join(out, ""))
}
