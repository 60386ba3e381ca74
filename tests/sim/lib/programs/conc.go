package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var n int
	var a atomic.Int64
	var c int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				mu.Lock()
				n++
				mu.Unlock()
				a.Add(1)
				atomic.AddInt32(&c, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n, a.Load(), atomic.LoadInt32(&c), runtime.NumGoroutine())

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 50*time.Millisecond, el < time.Second)

	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("done first")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case <-make(chan int):
		fmt.Println("never")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout second")
	}
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop())
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticked 3")

	var rw sync.RWMutex
	var wg2 sync.WaitGroup
	shared := map[int]int{}
	for i := 0; i < 5; i++ {
		wg2.Go(func() {
			rw.Lock()
			shared[i] = i * i
			rw.Unlock()
			rw.RLock()
			_ = shared[0]
			rw.RUnlock()
		})
	}
	wg2.Wait()
	fmt.Println(shared)
	fmt.Println(time.Duration(90)*time.Second, 1500*time.Microsecond, time.Duration(0), 2*time.Hour+3*time.Millisecond)
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Minute))
	ch := make(chan int)
	time.AfterFunc(5*time.Millisecond, func() { ch <- 7 })
	fmt.Println(<-ch)
}
