// Recorded regression program: pipelines (expected output from real Go via record.mjs).
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(5))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	done := make(chan bool)
	data := make(chan int)
	go func() {
		for {
			select {
			case v, ok := <-data:
				if !ok {
					done <- true
					return
				}
				fmt.Println("recv", v)
			}
		}
	}()
	data <- 1
	data <- 2
	close(data)
	<-done
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	go func() {
		panic(fmt.Sprintf("boom %d", <-ch))
	}()
	select {}
}
