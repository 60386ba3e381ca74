package main

import "fmt"

type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func main() {
	var v Vec[string]
	var w Vec[bool, int]
	fmt.Println(v, w)
}
