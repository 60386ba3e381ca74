// Type inference needs the type argument to appear in the arguments.
package main

func Zero[T any]() T {
	var z T
	return z
}

func Pair[K comparable, V any](k K) map[K]V { return nil }

func main() {
	_ = Zero()
	_ = Pair("a")
}
