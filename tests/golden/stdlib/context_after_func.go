// context.AfterFunc: f runs in its own goroutine once the context is canceled; stop reports
// whether it unregistered f first.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("after func ran:", ctx.Err())
	})
	cancel()
	wg.Wait()
	fmt.Println("stop after run:", stop())

	ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel2()
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never") })
	fmt.Println("stopped before cancel:", stop2())
	<-ctx2.Done()
	time.Sleep(time.Millisecond)
	fmt.Println("ctx2:", ctx2.Err())

	done := make(chan struct{})
	context.AfterFunc(ctx2, func() { fmt.Println("registered on a done context"); close(done) })
	<-done
	stop3 := context.AfterFunc(context.Background(), func() {})
	fmt.Println("background:", stop3())
}
