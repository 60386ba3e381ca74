package main

import "fmt"

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	a, b = []int{1}, "x"
	fmt.Println(a == b)
	m := map[interface{}]int{}
	m[1] = 1
	m["s"] = 2
	fmt.Println(len(m))
	defer func() {
		fmt.Println("recovered:", recover())
		a, b = map[int]int{}, map[int]int{}
		fmt.Println(a == b)
	}()
	m[[]int{1}] = 3
}
