package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int, int) int

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

func apply(op Op, a, b int) int { return op(a, b) }

func variadic(prefix string, nums ...int) string {
	parts := make([]string, len(nums))
	for i, n := range nums {
		parts[i] = fmt.Sprint(n)
	}
	return prefix + strings.Join(parts, ",")
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func pairs(yield func(int, string) bool) {
	for i, s := range []string{"a", "b"} {
		if !yield(i, s) {
			return
		}
	}
}

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 1, 2), apply(func(a, b int) int { return a * b }, 3, 4))
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("x"), variadic("n:", 1, 2), variadic("e:"), variadic("s:", []int{4, 5}...))
	inc, reset := counter()
	inc()
	reset()
	people := []struct {
		Name string
		Age  int
	}{{"a", 30}, {"b", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people, inc())
	for i, s := range pairs {
		fmt.Println(i, s)
	}
	fns := map[string]func(float64) float64{"half": func(x float64) float64 { return x / 2 }}
	fmt.Println(fns["half"](3))
	defer fmt.Println("deferred", len(fns))
	func() {
		defer func() { recover() }()
		var m map[string]int
		m["x"] = 1
	}()
}
