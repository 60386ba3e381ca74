package main

import "fmt"

func main() {
	x := 8
	y := x >> 1.5
	z := 1 << -1
	fmt.Println(y, z)
}
