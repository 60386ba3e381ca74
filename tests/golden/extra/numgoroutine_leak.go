package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { <-block }()
	}
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	close(block)
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	tick := time.Tick(100 * time.Millisecond)
	timeout := time.After(350 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tick:
			n++
			continue
		case <-timeout:
		}
		break
	}
	fmt.Println("ticks", n)
}
