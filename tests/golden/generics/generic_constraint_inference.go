// Core-type inference: passing a named slice type keeps its type through a ~[]E constraint.
package main

import (
	"fmt"
	"strings"
)

type Path []string

func (p Path) String() string { return strings.Join(p, "/") }

func Scale[S ~[]E, E ~int | ~float64](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

func Reverse[S ~[]E, E any](s S) S {
	out := make(S, 0, len(s))
	for i := len(s) - 1; i >= 0; i-- {
		out = append(out, s[i])
	}
	return out
}

type Vec []float64

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	v := Scale(Vec{1, 2.5}, 2)
	fmt.Printf("%T %v\n", v, v)
	p := Reverse(Path{"usr", "local", "go"})
	fmt.Println(p.String(), len(p))
	fmt.Println(Keys(map[string]int{"a": 1}))
	fmt.Println(Reverse([]int{1, 2, 3}))
}
