package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(1, 2.5))
	fmt.Println(Max[int, int](1, 2))
	fmt.Println(Max[string]("a", "b"))
}
