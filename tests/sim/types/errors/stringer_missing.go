package main

import "fmt"

type T struct{}

func main() {
	var s fmt.Stringer = T{}
	var e error = "oops"
	fmt.Println(s, e)
}
