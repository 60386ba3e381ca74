// Comma-ok assertion copies the struct out of the interface; == on interfaces holding
// uncomparable types panics (also with itself); nil-interface assertion messages; make(map, -1).
package main

import (
	"fmt"
	"math"
)

type S struct{ N int }
type W struct{ xs []int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var r any = S{3}
	s, _ := r.(S)
	s.N--
	fmt.Println(r, s)
	var nan any = math.NaN()
	fmt.Println(nan == nan)
	try("slice", func() { var a any = []int{1}; fmt.Println(a == a) })
	try("struct", func() { var a any = W{}; fmt.Println(a == a) })
	try("map", func() { var a, b any = map[int]int{}, 1; fmt.Println(a == b) })
	try("nil", func() { var i interface{}; _ = i.(fmt.Stringer) })
	try("nil error", func() { var e error; _ = e.(fmt.Stringer) })
	try("nil concrete", func() { var i any; _ = i.(int) })
	n := -1
	m := make(map[int]int, n)
	fmt.Println(len(m))
}
