// time.Sleep orders goroutines by wake-up time (virtual clock in the simulator; long gaps natively).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []string
	for _, d := range []int{3, 1, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * 150 * time.Millisecond)
			mu.Lock()
			order = append(order, fmt.Sprint("slept ", d))
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(time.Since(start) >= 50*time.Millisecond)
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(90)*time.Second, d.Seconds(), time.Minute+3*time.Millisecond)
	timeout := time.After(100 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("never")
	case <-timeout:
		fmt.Println("timeout fired")
	}
}
