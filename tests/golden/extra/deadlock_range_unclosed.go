package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	go func() {
		ch <- "a"
		ch <- "b"
		ch <- "c"
	}()
	for s := range ch {
		fmt.Println(s)
	}
}
