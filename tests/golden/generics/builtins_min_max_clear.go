// The min, max and clear builtins (Go 1.21): mixed constants, floats with NaN, strings, maps and slices.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b, c := 3, -1, 7
	fmt.Println(min(a, b, c), max(a, b, c), min(a), max(2.5, 1))
	fmt.Println(min("b", "a", "c"), max("go", "golang"))
	x := 1.5
	fmt.Println(min(x, math.NaN()), max(x, math.Inf(-1)), min(-0.0, 0.0))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m))
	const k = min(1, 2.5, 3)
	fmt.Println(k)
}
