package main

type T[P any] struct{}

var x T[]

func main() {}
