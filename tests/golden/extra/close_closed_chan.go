package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var ch chan int
		close(ch)
	}()
	c := make(chan struct{})
	close(c)
	close(c)
}
