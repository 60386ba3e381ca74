// Receivers blocked on a channel all wake when it is closed; values sent before close are delivered first.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	ch := make(chan int, 3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range ch {
				mu.Lock()
				got = append(got, fmt.Sprint("v", v))
				mu.Unlock()
			}
			mu.Lock()
			got = append(got, "closed")
			mu.Unlock()
		}()
	}
	for i := 0; i < 6; i++ {
		ch <- i
	}
	close(ch)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
