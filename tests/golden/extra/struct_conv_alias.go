package main

import "fmt"

type Celsius struct{ Deg float64 }
type Fahrenheit struct{ Deg float64 }
type Temp = Celsius
type IntList = []int
type MyInts []int

func (m MyInts) Sum() (s int) {
	for _, v := range m {
		s += v
	}
	return
}

func main() {
	c := Celsius{100}
	f := Fahrenheit(c)
	var t Temp = c
	fmt.Printf("%v %T %T\n", f, f, t)
	var l IntList = []int{1, 2, 3}
	fmt.Println(MyInts(l).Sum())
	fmt.Printf("%T %T\n", l, MyInts(l))
	anon := struct{ Deg float64 }{5}
	c = anon
	fmt.Println(c, Celsius(anon) == c)
	type local struct{ a, b int }
	x := local{1, 2}
	fmt.Printf("%+v %T\n", x, x)
}
