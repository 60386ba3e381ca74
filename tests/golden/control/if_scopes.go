// if with init statements, shadowing in nested scopes, := redeclaration with at least one new variable.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println("outer", x)
	if n, err := strconv.Atoi("42"); err != nil {
		fmt.Println("error", err)
	} else if n > 40 {
		fmt.Println("big", n)
	}
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	{
		a := "shadow"
		fmt.Println(a)
	}
	fmt.Println(a)
	var i, j = 10, "ten"
	fmt.Println(i, j)
	var (
		p = 1
		q = p * 2
	)
	fmt.Println(p, q)
	_, _ = strconv.Atoi("1")
}
