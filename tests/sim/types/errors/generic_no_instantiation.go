package main

type Stack[T any] struct{ items []T }

func main() {
	s := Stack{}
	_ = s
}
