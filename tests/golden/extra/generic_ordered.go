package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int64 | ~float64
}

type Ordered interface {
	~int | ~float64 | ~string
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27))
	fmt.Println(Sum[int8](100, 28))
	fmt.Println(Sum(Celsius(1.5), Celsius(20)))
	fmt.Printf("%T\n", Sum(Celsius(1)))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max(2.5))
	type M map[string]bool
	fmt.Println(Keys(M{"a": true, "b": false}))
	fmt.Println(min(3, 1, 2), max("a", "b"), min(2.5, 1))
}
