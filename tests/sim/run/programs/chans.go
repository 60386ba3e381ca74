// Channels, select, goroutines, sync, deterministic scheduling with unbuffered hand-offs.
package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(n int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- i
	}
}

func main() {
	ch := make(chan int, 3)
	var wg sync.WaitGroup
	wg.Add(2)
	go producer(5, ch, &wg)
	go producer(5, ch, &wg)
	go func() { wg.Wait(); close(ch) }()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
	done := make(chan struct{})
	res := make(chan string)
	go func() {
		defer close(done)
		for s := range res {
			fmt.Println("got", s)
		}
	}()
	res <- "a"
	res <- "b"
	close(res)
	<-done
	timeout := time.After(50 * time.Millisecond)
	tick := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			select {
			case tick <- i:
				time.Sleep(20 * time.Millisecond)
			case <-quit:
				return
			}
		}
	}()
	n := 0
	for loop := true; loop; {
		select {
		case v := <-tick:
			n += v + 1
		case <-timeout:
			loop = false
		}
	}
	close(quit)
	fmt.Println("ticks", n)
	var mu sync.Mutex
	counter := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("counter", counter)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("default")
	}
	start := time.Now()
	time.Sleep(2 * time.Second)
	fmt.Println(time.Since(start) >= 2*time.Second)
	block := make(chan int)
	go func() { block <- 1 }()
	go func() { <-nilch }()
	<-block
	<-block
}
