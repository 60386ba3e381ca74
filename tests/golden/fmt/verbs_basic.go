// fmt verbs %v %+v %#v %T for basic and composite values.
package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Inner struct{ A []int }
type Outer struct {
	In  Inner
	P   *Point
	M   map[string]int
	Any any
}

func main() {
	p := Point{1, 2, "pt"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v\n", &p, &p, []Point{p})
	fmt.Printf("%v|%#v|%T\n", 42, 42, 42)
	fmt.Printf("%v|%#v|%T\n", "s", "s", "s")
	fmt.Printf("%v|%#v|%T\n", 1.0, 1.0, 1.0)
	fmt.Printf("%v|%#v|%T\n", []string{"a"}, []string{"a"}, []string{})
	fmt.Printf("%v|%#v\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%v|%#v|%T\n", map[string]int{"b": 2, "a": 1}, map[string]bool{}, map[int][]string{})
	o := Outer{In: Inner{[]int{1}}, M: map[string]int{"k": 1}, Any: 3}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	var nilSlice []int
	var nilMap map[string]int
	var nilIface any
	var nilPtr *Point
	fmt.Printf("%v %v %v %v\n", nilSlice, nilMap, nilIface, nilPtr)
	fmt.Printf("%#v %#v %#v %#v\n", nilSlice, nilMap, nilIface, nilPtr)
	fmt.Printf("%v %#v %T\n", [2]bool{true}, [2]bool{}, [2]bool{})
	fmt.Printf("%v %v\n", struct{}{}, struct{ a, b any }{1, "x"})
	fmt.Printf("%t %v %#v\n", true, false, true)
	fmt.Printf("%v %#v %T\n", 'x', 'x', 'x')
	fmt.Printf("%v %T %v %T\n", int8(-1), uint16(1), uintptr(7), complex64(1))
	fmt.Printf("%#v %#v %#v\n", int64(5), uint8(5), 1e6)
}
