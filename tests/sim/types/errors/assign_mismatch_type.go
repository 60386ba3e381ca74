package main

import "fmt"

func main() {
	var s string
	x := 3
	s = x
	fmt.Println(s)
}
