// Dump headers: a single-case select blocks as a plain receive; a two-case select blocks in select.
package main

import "time"

func main() {
	c := make(chan int)
	d := make(chan int)
	go func() {
		select {
		case <-c:
		}
	}()
	go func() {
		select {
		case <-c:
		case d <- 1:
		}
	}()
	time.Sleep(time.Millisecond)
	var mu chan bool
	mu <- true
}
