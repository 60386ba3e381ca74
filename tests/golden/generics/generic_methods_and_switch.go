// Generic types with pointer-receiver methods, type switches on type parameters via any, and
// generic functions returning closures.
package main

import (
	"fmt"
	"strings"
)

type Number interface{ ~int | ~float64 }

type Acc[T Number] struct {
	total T
	n     int
}

func (a *Acc[T]) Add(v T) *Acc[T] {
	a.total += v
	a.n++
	return a
}

func (a Acc[T]) Mean() float64 { return float64(a.total) / float64(a.n) }

func Kind[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + strings.ToUpper(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Counter[T comparable]() func(T) int {
	seen := map[T]int{}
	return func(v T) int {
		seen[v]++
		return seen[v]
	}
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

func main() {
	var a Acc[int]
	a.Add(1).Add(2).Add(4)
	fmt.Println(a.total, a.n, a.Mean())
	var f Acc[float64]
	fmt.Println(f.Add(1.5).Mean())
	fmt.Println(Kind(3), Kind("go"), Kind(2.5), Kind([]int{}))
	c := Counter[string]()
	c("a")
	c("b")
	fmt.Println(c("a"), c("c"))
	v, ok := Some("x").Get()
	fmt.Println(v, ok)
	var none Opt[[]int]
	w, ok := none.Get()
	fmt.Println(w == nil, ok)
	fmt.Printf("%T %T\n", a, none)
}
