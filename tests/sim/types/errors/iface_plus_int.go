package main

import "fmt"

func main() {
	var i interface{} = 5
	fmt.Println(i + 1)
}
