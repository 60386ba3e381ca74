package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Get() int   { return a.total }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	a := Acc{}
	add := a.Add // bound to &a
	get := a.Get // copies a now (total 0)
	add(5)
	add(7)
	fmt.Println(a.total, get(), a.Get())
	f := (*Acc).Add
	f(&a, 100)
	g := Acc.Get
	fmt.Println(g(a))
	var mul Op = func(x, y int) int { return x * y }
	ap := mul.Apply
	fmt.Println(ap(6, 7))
	fmt.Printf("%T\n%T\n", f, g)
	fns := map[string]func(int){"add": a.Add}
	fns["add"](1)
	fmt.Println(a.total)
}
