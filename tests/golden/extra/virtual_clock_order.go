package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 20} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, fmt.Sprint(d))
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	res := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { res <- "afterfunc" })
	fmt.Println(<-res)
	start := time.Now()
	time.Sleep(2 * time.Second)
	fmt.Println(time.Since(start).Round(time.Second))
}
