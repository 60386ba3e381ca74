// The classic demonstration of asynchronous preemption (Go 1.14+): with one P, a goroutine in
// an empty infinite loop would starve main forever without it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	start := time.Now()
	time.Sleep(time.Second)
	fmt.Println("main ran again after", time.Since(start).Round(time.Second))
	ticker := time.NewTicker(100 * time.Millisecond)
	for i := range 3 {
		<-ticker.C
		fmt.Println("tick", i)
	}
}
