package main

import (
	"fmt"
	"maps"
	"slices"
)

type Number interface{ ~int | ~float64 }

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	c := maps.Clone(m)
	c["c"] = 3
	fmt.Println(maps.Equal(m, c), SumMap(c), SumMap(map[int]float64{1: 0.5}))
	fmt.Println(slices.Sorted(maps.Values(c)))
	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	fmt.Printf("%T\n", root)
}
