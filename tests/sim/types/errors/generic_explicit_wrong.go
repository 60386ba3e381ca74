package main

func Id[T any](x T) T { return x }

func main() {
	_ = Id[int]("a")
	_ = Id[int, string](1)
}
