// Receiving from a nil channel blocks forever: the wait reason names the nil channel.
package main

func main() {
	var ch chan int
	<-ch
}
