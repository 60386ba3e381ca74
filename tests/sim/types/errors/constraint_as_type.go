package main

import "fmt"

type Number interface{ ~int | ~float64 }

func main() {
	var n Number
	var c comparable
	fmt.Println(n, c)
}
