package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() { <-b }()
	go func() { a <- <-b }()
	fmt.Println("waiting")
	select {
	case v := <-a:
		fmt.Println(v)
	case <-make(chan bool):
	}
}
