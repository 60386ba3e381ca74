// Deadlock: main blocks sending on an unbuffered channel nobody receives.
package main

func main() {
	c := make(chan int)
	c <- 1
}
