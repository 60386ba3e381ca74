package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Map[U any](f func(T) U) []U { return nil }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	var s Stack
	s.Push(1)
	z := Zero()
	fmt.Println(s, z)
}
