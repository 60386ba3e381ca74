// Declared and not used: a compile error for local variables (not for package-level ones).
package main

var global = 1

func main() {
	x := 1
	y, z := 2, 3
	_ = y
}
