package main

import "fmt"

func main() {
	data := make(chan int, 5)
	quit := make(chan struct{})
	for i := 1; i <= 5; i++ {
		data <- i
	}
	close(data)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-data:
			if !ok {
				break loop
			}
			if v == 2 {
				continue loop
			}
			sum += v
		case <-quit:
			return
		}
	}
	fmt.Println("sum", sum, len(data), cap(data))
	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		case v := <-ch:
			fmt.Println("recv", v)
		}
	}
}
