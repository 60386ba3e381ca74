package main

const N = 3

type A [N]int

type B[P *int] struct{}

type C[P *int,] struct{}

type D[P interface{ ~int | ~string }] []P

func main() {
	var a A
	_ = a
	var _ B[*int]
	var _ C[*int]
	var _ D[int]
}
