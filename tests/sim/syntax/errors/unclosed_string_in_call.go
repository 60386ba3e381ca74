package main

import "fmt"

func main() {
	fmt.Printf("%d\n, 1)
	fmt.Println("ok")
}
