package main

import (
	"fmt"
	"strings"
	"sync"
)

type Crawler struct {
	mu   sync.Mutex
	seen map[string]bool
	wg   sync.WaitGroup
}

var links = map[string][]string{
	"a": {"b", "c"},
	"b": {"a", "d"},
	"c": {"d"},
	"d": {},
}

func (c *Crawler) visit(u string, depth int) {
	defer c.wg.Done()
	c.mu.Lock()
	if c.seen[u] || depth == 0 {
		c.mu.Unlock()
		return
	}
	c.seen[u] = true
	c.mu.Unlock()
	for _, l := range links[u] {
		c.wg.Add(1)
		go c.visit(l, depth-1)
	}
}

func main() {
	c := &Crawler{seen: map[string]bool{}}
	c.wg.Add(1)
	go c.visit("a", 3)
	c.wg.Wait()
	var ks []string
	for k := range c.seen {
		ks = append(ks, k)
	}
	for i := 0; i < len(ks); i++ {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	fmt.Println(strings.Join(ks, ","), len(c.seen))
}
