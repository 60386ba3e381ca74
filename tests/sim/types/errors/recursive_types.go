package main

type A B
type B A

type S struct {
	t T
}
type T struct {
	arr [2]S
}

type L struct{ next *L }

func main() {
	var a A
	_ = a
}
