// select with default never blocks; with only one ready case the outcome is deterministic.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("buffer full")
	}
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("nothing")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channels are never ready")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed ready", v, ok)
	case <-nilCh:
	}
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("put", i)
		default:
			fmt.Println("drop", i)
		}
	}
}
