package main

type Set[T comparable] = map[T]bool

var s Set

func main() { _ = s }
