// A select that both sends and receives: a bounded producer/consumer with a done channel,
// deterministic because only one case is ever ready at a time.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range in {
			out <- v * v
		}
		close(done)
	}()
	pending := []int{1, 2, 3, 4}
	var results []int
	for len(results) < 4 {
		var send chan int
		next := 0
		if len(pending) > 0 {
			send = in
			next = pending[0]
		}
		select {
		case send <- next:
			pending = pending[1:]
		case r := <-out:
			results = append(results, r)
		}
	}
	close(in)
	<-done
	fmt.Println(results)
}
