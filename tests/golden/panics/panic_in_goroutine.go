// An unrecovered panic in another goroutine crashes the whole program (exit 2); main's defers do not run.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main defer never runs")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer runs")
		var m map[int]int
		m[1] = 1
		done <- true
	}()
	<-done
	time.Sleep(time.Second)
}
