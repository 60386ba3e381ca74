// Instantiating a generic function with a type that does not satisfy its constraint.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = Sum("a", "b")
	_ = Sum[bool](true)
}
