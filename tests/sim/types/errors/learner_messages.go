package main

import "fmt"

func f(b bool) (n int, s string) {
	if b {
		n := 2
		_ = n
		return
	}
	return
}

func main() {
	fmt.println("x")
	func() {}
	func() { _ = 1 }
	fmt.Sprintln()
}
