package main

import "fmt"

func g(a int, b string) string { return b }

func main() {
	const c = 10
	c = 5
	var m map[string]int
	m.x = 1
	g(1)
	g("a", 2)
	var f float64 = 1
	fmt.Println(f % 2)
	p := &c
	fmt.Println(len(5), p)
	for {
	}
	fmt.Println("after infinite loop is fine")
}
