// Passing the wrong type to a function, returning the wrong type, non-bool condition.
package main

import "strconv"

func half(n int) int { return n / 2 }

func name() string { return 42 }

func main() {
	_ = half("ten")
	n := strconv.Itoa(3)
	if n {
	}
	var f float64 = half(3)
	_ = f
}
