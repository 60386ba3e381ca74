package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Println(v)
	}
	ps := Stack[Pair[string, int]]{}
	ps.Push(Pair[string, int]{"x", 1})
	fmt.Println(ps.items[0], ps)
	fmt.Printf("%v %+v %T\n", ps.items, ps, ps)
	v, err := (&Stack[float64]{}).Pop()
	fmt.Println(v, err)
}
