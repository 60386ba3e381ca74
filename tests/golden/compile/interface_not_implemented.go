// A type that misses a method, or has it only on the pointer receiver, does not implement the interface.
package main

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Tri struct{}

func main() {
	var s Shape = Sq{2}
	var t Shape = Tri{}
	_, _ = s, t
}
