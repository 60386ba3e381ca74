package main

import "fmt"

func main() {
	size := 10
	var arr []size
	fmt.Println(arr)
}
