package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Add[T Num](a, b T) T { return a + b }

func First[T any](xs []T) T { return xs[0] }

func Less[T any](a, b T) bool { return a < b }

func main() {
	fmt.Println(Add(1, 2.5))
	fmt.Println(Add("a", "b"))
	fmt.Println(First(nil))
	var x Num
	fmt.Println(x)
}
