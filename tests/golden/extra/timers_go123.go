// Go 1.23+ timer channels: len/cap 0, Stop and Reset drop a fired value nobody received (and count
// the timer as active), tickers too.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(t.C), cap(t.C), t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale")
	default:
		fmt.Println("none")
	}
	fmt.Println(t.Stop(), t.Reset(5*time.Millisecond), t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")

	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println(t2.Reset(time.Millisecond))
	v := <-t2.C
	fmt.Println(!v.IsZero())

	tk := time.NewTicker(2 * time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println(len(tk.C), cap(tk.C))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	fmt.Println("tick after Reset")
	a := time.After(time.Millisecond)
	fmt.Println(len(a), cap(a))
	fired := make(chan bool)
	f := time.AfterFunc(time.Millisecond, func() { fired <- true })
	fmt.Println(<-fired, f.Stop())
}
