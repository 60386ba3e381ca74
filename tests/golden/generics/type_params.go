// Generic functions with type parameters, explicit instantiation and inference.
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	sq := Map(xs, func(x int) int { return x * x })
	strs := Map[int, string](xs, func(x int) string { return fmt.Sprint("#", x) })
	fmt.Println(sq, strs)
	fmt.Println(Filter(xs, func(x int) bool { return x%2 == 1 }))
	fmt.Println(Reduce(xs, 0.5, func(a float64, x int) float64 { return a + float64(x) }))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%T %T\n", Map[string, int], Zero[bool])
}
