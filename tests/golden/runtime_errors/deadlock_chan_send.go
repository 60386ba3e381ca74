// All goroutines asleep: main blocked sending on an unbuffered channel nobody reads.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending")
	ch <- 1
}
