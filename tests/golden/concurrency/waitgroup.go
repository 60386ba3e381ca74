// sync.WaitGroup waits for goroutines; results are written to distinct slots, so output is deterministic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	var wg2 sync.WaitGroup
	total := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		wg2.Go(func() { total <- i })
	}
	wg2.Wait()
	close(total)
	sum := 0
	for v := range total {
		sum += v
	}
	fmt.Println(sum)
}
