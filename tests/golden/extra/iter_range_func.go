package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped early at", i)
				return
			}
		}
	}
}

func Pairs[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for v := range Count(10) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range Pairs([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(Count(4)))
	for part := range strings.SplitSeq("a-b-c", "-") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	for i, v := range slices.Backward([]int{7, 8, 9}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
