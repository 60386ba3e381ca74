// Generics: type parameters on functions and types, constraints with ~ and unions, methods.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) *List[T] { l.items = append(l.items, v); return l }
func (l *List[T]) Len() int         { return len(l.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	return Map(ps, func(p Pair[K, V]) K { return p.K })
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](10, 20.5))
	l := &List[string]{}
	l.Push("a").Push("b")
	fmt.Println(l.Len(), l.items)
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(Keys(ps), fmt.Sprintf("%T %T", ps[0], l))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
