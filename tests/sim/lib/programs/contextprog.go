package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped after %d ticks: %v", id, i, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	fmt.Printf("%T %v %v\n", ctx, ctx, ctx.Err())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("x")), vctx.Value("user"))
	var wg sync.WaitGroup
	out := make(chan string, 2)
	wg.Add(2)
	go worker(vctx, 1, &wg, out)
	go worker(child, 2, &wg, out)
	time.Sleep(35 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println(n, "workers stopped", child.Err(), errors.Is(child.Err(), context.Canceled), runtime.NumGoroutine())

	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	d, ok := tctx.Deadline()
	fmt.Printf("%T %v %v\n", tctx, ok, time.Until(d) <= 50*time.Millisecond)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("too late")
	}
	cctx, ccancel := context.WithCancelCause(bg)
	ccancel(errors.New("my cause"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	short, c2 := context.WithTimeout(tctx, time.Hour)
	defer c2()
	fmt.Println(short.Err())
	fmt.Printf("%T\n", context.WithValue(bg, key("k"), 1))
	start := time.Now()
	slow, c3 := context.WithTimeout(bg, 20*time.Millisecond)
	defer c3()
	<-slow.Done()
	fmt.Println(time.Since(start) >= 20*time.Millisecond, slow.Err())
}
