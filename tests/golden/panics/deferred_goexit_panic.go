// runtime.Goexit and panic deferred as plain calls while a goroutine panics: Goexit ends the
// goroutine and cancels the panic (recover sees nil), a deferred panic replaces the first.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover during goexit:", recover()) }()
		defer runtime.Goexit()
		panic("x")
	}()
	<-done
	done2 := make(chan bool)
	go func() {
		defer close(done2)
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic("second")
		panic("first")
	}()
	<-done2
	fmt.Println("end")
	defer fmt.Println("main deferred")
	defer runtime.Goexit()
	panic("in main")
}
