package main

import "fmt"

func main() {
	buf := make(chan int, 3)
	done := make(chan bool)
	go func() {
		total := 0
		for v := range buf {
			total += v
		}
		fmt.Println("consumer total", total)
		done <- true
	}()
	for i := 1; i <= 10; i++ {
		buf <- i
		fmt.Println("len", len(buf) <= cap(buf), "cap", cap(buf))
	}
	close(buf)
	<-done
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch))
}
