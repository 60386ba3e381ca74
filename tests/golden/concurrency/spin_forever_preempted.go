// A goroutine spinning in a loop without calls does not stop the program: Go preempts it
// asynchronously (Go 1.14+), so main's sleep ends and main goes on.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("woke")
	x := 0
	go func() {
		for i := 0; ; i++ {
			x = i
		}
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("woke again", x >= 0)
}
