// Functions as values: passing, returning, composing; function types; variadic functions.
package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func sum(prefix string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprint(prefix, len(nums), " ", t)
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(apply(func(a, b int) int { return a - b }, 10, 3))
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hi"))
	fmt.Println(sum("a"), sum("b", 1), sum("c", 1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum("d", xs...))
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	var nf func()
	fmt.Println(nf == nil)
	ops := []Op{func(a, b int) int { return a + b }, func(a, b int) int { return a * b }}
	for _, op := range ops {
		fmt.Print(op(3, 4), " ")
	}
	fmt.Println()
}
