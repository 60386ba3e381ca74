package main

type I interface {
	x int
	M()
}

func main() {}
