// Buffered channels: len and cap, FIFO order, sending until full, receiving buffered values after close.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println()
	s, ok := <-ch
	fmt.Printf("%q %v %d\n", s, ok, len(ch))
	var nilCh chan int
	 for fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		results <- i
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
