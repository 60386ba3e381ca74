package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	quit := make(chan bool)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	select {
	case x, ok := <-ch:
		fmt.Println("recv from closed", x, ok)
	case <-quit:
		fmt.Println("quit")
	}
	select {
	case ch <- 1:
		fmt.Println("sent")
	case <-quit:
		fmt.Println("quit")
	}
}
