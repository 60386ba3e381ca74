package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(<-chan int)
	ch <- 1
	var wg sync.WaitGroup
	go wg.Wait
	send := make(chan<- string)
	v := <-send
	for k, v, z := range map[int]int{} {
	}
	fmt.Println(v)
	close(ch)
}
