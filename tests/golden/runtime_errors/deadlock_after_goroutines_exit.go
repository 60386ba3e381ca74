// Goroutines that finished do not keep the program alive: main waiting for a fourth value deadlocks.
package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { ch <- i }()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-ch
	}
	fmt.Println("sum", sum)
	fmt.Println(<-ch)
}
