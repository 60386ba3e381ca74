// Deferred calls run LIFO when the function returns; their arguments are evaluated at the defer statement.
package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 20
	a()
	p := &x
	defer func(v int) { fmt.Println("arg", v, "ptr", *p) }(*p)
	x = 30
	fmt.Println("main body done")
}
