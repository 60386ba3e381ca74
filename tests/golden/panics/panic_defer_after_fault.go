// A panic in a deferred call after a nil dereference: Go still prints the signal line, because
// the fault is part of the panic chain.
package main

func main() {
	defer func() { panic("in defer") }()
	var p *int
	*p = 1
}
