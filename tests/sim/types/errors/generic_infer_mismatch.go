package main

func Pair[T any](a, b T) []T { return []T{a, b} }

func main() {
	_ = Pair(1, "a")
}
