// Sending on a nil channel blocks forever.
package main

func main() {
	var ch chan string
	ch <- "x"
}
