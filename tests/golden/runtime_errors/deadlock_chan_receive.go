// All goroutines asleep: main blocked receiving from a channel nobody writes.
package main

func main() {
	ch := make(chan int)
	<-ch
}
