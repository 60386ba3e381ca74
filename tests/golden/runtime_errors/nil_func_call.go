// Calling a nil function value panics with a nil pointer dereference (SIGSEGV).
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling")
	fmt.Println(f(1))
}
