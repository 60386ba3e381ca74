// Directional channel types, channels of channels (request/response), and closing to broadcast.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Println(<-reply)
	}
	close(reqs)
	start := make(chan struct{})
	var wg sync.WaitGroup
	counts := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			counts[i] = i + 1
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(counts)
	var send chan<- int = make(chan int, 1)
	send <- 5
	fmt.Printf("%T %d\n", send, len(send))
}
