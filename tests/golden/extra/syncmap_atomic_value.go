package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() { defer wg.Done(); m.Store(i, i*i) }()
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore(3, 100)
	fmt.Println(act, loaded)
	var keys []int
	m.Range(func(k, v any) bool { keys = append(keys, k.(int)); return true })
	sort.Ints(keys)
	fmt.Println(keys)
	var av atomic.Value
	av.Store("config-v1")
	fmt.Println(av.Load())
	var b atomic.Bool
	b.Store(true)
	var n atomic.Int32
	n.Add(5)
	fmt.Println(b.Load(), n.Load(), n.CompareAndSwap(5, 6), n.Load())
}
