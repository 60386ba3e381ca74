// Go 1.21: a generic function used as a value of a function type infers its type arguments
// from that type (initialisers, assignments, arguments).
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Itoa[T ~int](x T) string { return strconv.Itoa(int(x)) }

type Celsius int

func apply(f func(float64) float64, v float64) float64 { return f(v) }

func main() {
	var f func(int) int = Double
	var g func(Celsius) Celsius
	g = Double
	fmt.Println(f(21), g(5), apply(Double, 1.5))
	fmt.Println(Map([]int{1, 2, 3}, Itoa[int]))
	strs := Map([]Celsius{4, 5}, Itoa[Celsius])
	fmt.Println(strs, slices.Index(strs, "5"))
	fmt.Printf("%T\n", f)
}
