package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

func f(s string) int {
	fmt.Println("init", s, d)
	return d + len(s)
}

func init() {
	fmt.Println("init 1", a, b, c)
	d = 10
}

func init() {
	fmt.Println("init 2", d)
}

var table = func() map[string]int {
	fmt.Println("table built")
	return map[string]int{"x": 1}
}()

func main() {
	fmt.Println("main", a, b, c, d, table)
}
