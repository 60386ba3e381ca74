package main

type T struct{}

type S struct {
	(T)
}

func main() {}
