package main

type I interface {
	M[T any](x T)
}

func main() {}
