// A deadlock with several blocked goroutines: the dump starts with goroutine 1.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() { <-a; b <- 1 }()
	go func() { <-b; a <- 1 }()
	fmt.Println("waiting")
	<-a
}
