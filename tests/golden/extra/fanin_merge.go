package main

import (
	"fmt"
	"slices"
	"sync"
)

func gen(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	var got []string
	for v := range merge(gen("a", 3), gen("b", 2), gen("c", 4)) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got, len(got))
}
