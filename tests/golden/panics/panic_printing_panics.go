// A panic inside Error while printing the panic value is a fatal error; a fault earlier in the
// chain (the nil dereference in the deferred call) adds the signal line.
package main

import "fmt"

type E struct{}

func (E) Error() string { panic("inner panic in Error") }

type S struct{ p *int }

func (s S) String() string { return fmt.Sprint(*s.p) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r != nil)
		defer func() { panic("in defer") }()
		var p *int
		*p = 1
	}()
	panic(E{})
}
