package main

type T[int] struct{}

func main() {}
