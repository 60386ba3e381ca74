// Generic type aliases (Go 1.24): instantiated, they are the aliased type with the arguments
// substituted (%T shows it), at package level and inside a function.
package main

import "fmt"

type Set[T comparable] = map[T]bool

type Pair[K comparable, V any] = struct {
	Key K
	Val V
}

type List[T any] = []T

func keys[T comparable](s Set[T]) int { return len(s) }

func main() {
	s := Set[string]{"a": true}
	s["b"] = true
	fmt.Printf("%v %T %d\n", s, s, keys(s))
	p := Pair[string, int]{"x", 1}
	fmt.Printf("%+v %T\n", p, p)
	var l List[float64] = []float64{1.5}
	fmt.Println(l, len(l))
	type Local[T any] = *T
	n := 3
	var q Local[int] = &n
	fmt.Println(*q)
}
