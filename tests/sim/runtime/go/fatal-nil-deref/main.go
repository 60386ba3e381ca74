// A nil pointer dereference prints the signal line.
package main

type T struct{ x int }

func main() {
	var p *T
	println(p.x)
}
