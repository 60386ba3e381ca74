package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	strs := Map(evens, strconv.Itoa)
	joined := Reduce(strs, "", func(a string, s string) string { return a + s + "," })
	fmt.Println(evens, strs, joined)
	fmt.Printf("%q %T %T\n", strs, strs, Map[int, float64])
	total := Reduce(nums, 0.5, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Println(total)
	var empty []string
	fmt.Println(Filter(empty, func(string) bool { return true }) == nil)
}
