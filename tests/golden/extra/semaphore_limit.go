package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	sem := make(chan struct{}, 2)
	var active, maxActive int32
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := 1; i <= 6; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := atomic.AddInt32(&active, 1)
			for {
				old := atomic.LoadInt32(&maxActive)
				if cur <= old || atomic.CompareAndSwapInt32(&maxActive, old, cur) {
					break
				}
			}
			time.Sleep(time.Duration(n) * time.Millisecond)
			total.Add(int64(n))
			atomic.AddInt32(&active, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println("max concurrent:", maxActive, "total:", total.Load())
}
