// Operators on the wrong types and ranging over non-iterable values.
package main

func main() {
	x := 1
	s := "s"
	_ = !x
	_ = -s
	for range 2.5 {
	}
	var p *int
	for range p {
	}
	_ = x && true
}
