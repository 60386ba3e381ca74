// Generic types with methods: a stack, a linked list, a pair, and a generic map-backed set.
package main

import (
	"fmt"
	"sort"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	var l List[int]
	for i := range 4 {
		l.Prepend(i)
	}
	fmt.Println(l.All(), l.size)
	p := Pair[string, int]{"x", 1}
	fmt.Println(p, []Pair[int, bool]{{1, true}})
	set := Set[int]{}
	set.Add(3)
	set.Add(1)
	fmt.Println(set.Has(3), set.Has(2), len(set))
	keys := make([]int, 0)
	for k := range set {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	fmt.Printf("%T %T\n", s, p)
}
