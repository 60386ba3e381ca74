package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	b := Box[int]{v: 1}
	var s string = b.Get()
	_ = s
}
