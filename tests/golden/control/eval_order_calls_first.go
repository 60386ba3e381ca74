// Order of evaluation as gc compiles it: the spec fixes only the order of calls and receives;
// gc runs those first, left to right, and reads every other operand (variables, index operands,
// interface conversions) afterwards.
package main

import "fmt"

var x = 1

func f() int { x++; return 0 }

type S struct{ a, b int }

func two() (int, int) { return x, f() }

func g(a, b int) { fmt.Println("g", a, b) }

func main() {
	fmt.Println(x, f())
	x = 1
	s := []int{x, f()}
	fmt.Println(s)
	x = 1
	y := x + f()
	fmt.Println(y)
	x = 1
	fmt.Println(two())
	x = 1
	g(x, f())
	x = 1
	st := S{x, f()}
	fmt.Println(st)
	x = 1
	a, b := x, f()
	fmt.Println(a, b)
	x = 1
	arr := [2]int{x * 10, f()}
	fmt.Println(arr)
	x = 1
	p := &x
	fmt.Println(*p, f())
	x = 1
	m := map[string]int{"a": x, "b": f()}
	fmt.Println(m)
	x = 1
	var loc = 1
	h := func() int { loc++; return 0 }
	fmt.Println(loc, h())
	loc = 1
	g(loc, h())
	loc = 1
	z := loc + h()
	fmt.Println(z)
}
