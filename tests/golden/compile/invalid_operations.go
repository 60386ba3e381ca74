// Invalid operations: comparing slices, map keys of slice type, calling a non-function, indexing a non-indexable.
package main

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b
	var m map[[]int]bool
	_ = m
	x := 3
	x()
	_ = x[0]
	var f func()
	_ = f == f
}
