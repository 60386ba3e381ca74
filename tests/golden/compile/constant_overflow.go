// Constant overflow and division by constant zero are compile-time errors.
package main

func main() {
	var b byte = 256
	var i int8 = -129
	x := 1 << 64
	y := 10 / 0
	_, _, _, _ = b, i, x, y
}
