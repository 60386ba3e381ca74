package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	start := time.Now()
	select {
	case v := <-slow(50*time.Millisecond, "fast"):
		fmt.Println("got", v)
	case <-time.After(200 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case v := <-slow(500*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	el := time.Since(start)
	fmt.Println(el >= 150*time.Millisecond, el < 400*time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
}
