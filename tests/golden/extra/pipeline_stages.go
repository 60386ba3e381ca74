package main

import "fmt"

func source(nums ...int) <-chan int {
	out := make(chan int, len(nums))
	for _, n := range nums {
		out <- n
	}
	close(out)
	return out
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	sq := func(x int) int { return x * x }
	c := filter(stage(stage(source(1, 2, 3, 4, 5, 6), sq), func(x int) int { return x + 1 }), func(x int) bool { return x%2 == 0 })
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
	results := make(chan string)
	go func() {
		defer close(results)
		for i := range 3 {
			results <- fmt.Sprintf("r%d", i)
		}
	}()
	for {
		r, ok := <-results
		if !ok {
			break
		}
		fmt.Println(r)
	}
}
