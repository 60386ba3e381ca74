// Dereferencing a nil pointer panics with a SIGSEGV-based runtime error.
package main

type T struct{ v int }

func main() {
	var p *T
	println(p.v)
}
