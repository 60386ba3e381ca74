// select in a loop over several channels; the sum of results does not depend on which case runs first.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 5; i++ {
			a <- i
		}
		for i := 1; i <= 5; i++ {
			b <- i * 10
		}
		quit <- true
	}()
	sumA, sumB := 0, 0
	for {
		select {
		case v := <-a:
			sumA += v
		case v := <-b:
			sumB += v
		case <-quit:
			fmt.Println(sumA, sumB)
			return
		}
	}
}
