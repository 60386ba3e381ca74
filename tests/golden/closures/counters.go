// Closures capture variables, not values: independent counters, shared captured state.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	inc1, reset1 := counter()
	inc2, _ := counter()
	fmt.Println(inc1(), inc1(), inc2(), inc1())
	reset1()
	fmt.Println(inc1(), inc2())
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10} {
		adders[fmt.Sprint("add", k)] = func(v int) int { return v + k }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5))
	fmt.Println(func(a, b int) int { return a * b }(6, 7))
}
