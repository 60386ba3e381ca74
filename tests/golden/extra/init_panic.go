package main

import "fmt"

var limits = []int{1, 2, 3}

func init() {
	fmt.Println("init starting")
	idx := len(limits)
	fmt.Println(limits[idx])
}

func main() {
	fmt.Println("main never runs")
}
