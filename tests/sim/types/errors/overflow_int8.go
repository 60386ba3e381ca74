package main

import "fmt"

func main() {
	var b int8 = 300
	var u uint = -1
	fmt.Println(b, u)
}
