// time.After and time.Sleep with select: the earliest timer wins; durations differ by 100 ms or more.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, ch chan<- string, msg string) {
	time.Sleep(d)
	ch <- msg
}

func main() {
	res := make(chan string, 2)
	go slow(300*time.Millisecond, res, "slow result")
	select {
	case r := <-res:
		fmt.Println(r)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timed out")
	}
	go slow(100*time.Millisecond, res, "fast result")
	select {
	case r := <-res:
		fmt.Println(r)
	case <-time.After(1 * time.Second):
		fmt.Println("timed out")
	}
	fmt.Println(<-res)
	tick := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick.C
		fmt.Println("tick", i)
	}
	tick.Stop()
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", timer.Stop())
}
