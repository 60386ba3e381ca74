// sync.Mutex protects a shared counter incremented by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("k")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.m["k"])
	var mu sync.Mutex
	n := 0
	var wg2 sync.WaitGroup
	for range 8 {
		wg2.Add(1)
		go func() {
			for range 1000 {
				mu.Lock()
				n++
				mu.Unlock()
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println(n, mu.TryLock(), mu.TryLock())
}
