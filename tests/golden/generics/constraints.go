// Constraints with unions and ~ (underlying type), comparable, and methods in constraints.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyInt int

func (m MyInt) String() string { return "MyInt:" + strconv.Itoa(int(m)) }

type StringerInt interface {
	~int
	String() string
}

func Describe[T StringerInt](v T) string { return v.String() + " " + fmt.Sprint(int(v)*2) }

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 100), Sum(MyInt(4), MyInt(5)))
	fmt.Println(Describe(MyInt(21)))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1.5}, 2))
	type P struct{ X int }
	fmt.Println(Index([]P{{1}, {2}}, P{2}))
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1))
	fmt.Printf("%T\n", Sum(MyInt(1)))
}
