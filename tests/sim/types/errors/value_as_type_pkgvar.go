package main

import "fmt"

var limit = 3

func main() {
	var x limit
	fmt.Println(x)
}
