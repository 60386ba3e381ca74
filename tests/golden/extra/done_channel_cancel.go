package main

import "fmt"

func counter(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	c := counter(done)
	sum := 0
	for v := range c {
		sum += v
		if v == 10 {
			close(done)
			break
		}
	}
	fmt.Println("sum", sum)
	// drain whatever may still be in flight
	for range c {
	}
	_, ok := <-c
	fmt.Println("closed:", !ok)
}
