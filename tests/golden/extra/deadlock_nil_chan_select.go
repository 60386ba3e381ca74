package main

import "fmt"

func main() {
	var a, b chan int
	fmt.Println("selecting on nil channels")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- 1:
		fmt.Println("sent")
	}
}
