package main

import "fmt"

func main() {
	x := 3.5
	fmt.Println(x % 2)
}
