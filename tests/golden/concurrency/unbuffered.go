// An unbuffered channel synchronises sender and receiver; values arrive in order.
package main

import "fmt"

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	done := make(chan struct{})
	go func() {
		fmt.Println("worker running")
		done <- struct{}{}
	}()
	<-done
	fmt.Println("main done")
}
