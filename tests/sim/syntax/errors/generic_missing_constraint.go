package main

func Map[T](xs []T) []T {
	return xs
}

func main() {}
