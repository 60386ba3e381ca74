// Zero-value timers and tickers: Stop and Reset of a Timer never made by NewTimer/AfterFunc
// panic, as does Ticker.Reset (Ticker.Stop is a no-op); runtime.GC counts a cycle in NumGC.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var t time.Timer
	try("timer reset", func() { t.Reset(time.Second) })
	try("timer stop", func() { t.Stop() })
	var tk time.Ticker
	try("ticker stop", func() { tk.Stop() })
	try("ticker reset", func() { tk.Reset(time.Second) })
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("NumGC", m.NumGC)
	nt := time.NewTimer(time.Millisecond)
	fmt.Println(nt.Stop(), nt.Reset(time.Millisecond))
	<-nt.C
	fmt.Println("fired")
}
