// A panic inside String (a nil dereference) while printing a panic value: fatal error naming the
// type of the inner panic value, with the signal line of the fault.
package main

type E struct{}

func (E) Error() string { panic("inner panic in Error") }

type S struct{ p *int }

func (s S) String() string { return string(rune(*s.p)) }

func main() {
	defer func() { panic(S{}) }()
	panic(E{})
}
