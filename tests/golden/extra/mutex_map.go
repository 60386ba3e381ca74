package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	cp := make(map[string]int, len(c.m))
	for k, v := range c.m {
		cp[k] = v
	}
	return cp
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	words := strings.Fields("go is fun go is fast go")
	for i := 0; i < 50; i++ {
		for _, w := range words {
			wg.Add(1)
			go func() { defer wg.Done(); c.Inc(w) }()
		}
	}
	wg.Wait()
	s := c.Snapshot()
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %4d\n", k, s[k])
	}
	fmt.Println(s)
}
