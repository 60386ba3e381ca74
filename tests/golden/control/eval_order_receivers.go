// gc's order for method receivers and function values (read after the argument calls), and for
// index and map-key operands of an assignment target.
package main

import "fmt"

type T struct{ n int }

func (t T) Show(int)   { fmt.Println("value recv", t.n) }
func (t *T) PShow(int) { fmt.Println("ptr recv", t.n) }

var t = T{1}
var fn = func(int) { fmt.Println("old fn") }

func bump() int { t.n++; fn = func(int) { fmt.Println("new fn") }; return 0 }

func pair() (int, int) { return 1, 2 }

func main() {
	t.Show(bump())
	t.PShow(bump())
	fn(bump())
	x := 1
	inc := func() int { x++; return x }
	ys := []int{x, inc(), x}
	fmt.Println(ys)
	x = 1
	a, b, c := x, inc(), x
	fmt.Println(a, b, c)
	x = 1
	var arr [3]int
	arr[x] = inc()
	fmt.Println(arr)
	x = 1
	mm := map[int]int{}
	mm[x] = inc()
	fmt.Println(mm)
}
