package main

import "fmt"

const big = 1 << 100

func main() {
	var x int = big
	y := 1 << 70
	fmt.Println(x, y)
}
