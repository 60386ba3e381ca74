package main

import (
	"fmt"
	"math"
)

func main() {
	println("to stderr", 42, true, 1.5, 'x', "end")
	print("no newline", -7, "\n")
	var p *int
	println(p == nil, nil == p)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(m), s)
	fmt.Println(min(1.0, math.NaN()), max(-0.0, 0.0), min("b", "a", "c"))
	x := complex(3, 4)
	fmt.Println(real(x)*imag(x), cap(make([]int, 2, 10)))
	a := new([3]int)
	a[1] = 5
	fmt.Println(*a, len(a))
	c := make(chan int, 5)
	c <- 1
	fmt.Println(len(c), cap(c))
	println(1e6, float32(0.25), -0.0, math.Inf(1))
}
