package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max[int, ](1, 2)
	_ = Max[](1, 2)
}
