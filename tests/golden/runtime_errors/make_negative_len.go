// make with a negative variable length panics: makeslice: len out of range.
package main

func main() {
	n := -1
	s := make([]int, n)
	println(len(s))
}
