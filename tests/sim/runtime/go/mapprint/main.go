// Records fmt's sorted map printing (internal/fmtsort) for several key types.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X int
	S string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "m", 10: "j", 0: "z", 2: "b"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0, "ab": 4, "é": 5})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.Inf(-1): 4, 0: 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[P]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[uint64]int{1 << 63: 1, 1: 2, 0: 3})
	fmt.Println(map[int8]int{-128: 1, 127: 2, 0: 3})
	fmt.Println(map[any]int{nil: 0, 3: 1, 1: 2, 2: 3})
	fmt.Println(map[any]int{"b": 1, "a": 2})
	m := map[float64]int{math.NaN(): 1, 1: 2}
	m[math.NaN()] = 3
	fmt.Println(len(m), m[math.NaN()])
	m2 := map[float64]string{}
	m2[0.0] = "zero"
	negz := math.Copysign(0, -1)
	m2[negz] = "negzero"
	fmt.Println(len(m2), m2[0])
}
