package main

func Max[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() { _ = Max(1, 2) }
