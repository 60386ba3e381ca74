package main

import "fmt"

func main() {
	defer func() {
		panic(fmt.Sprintf("second: %d", 2))
	}()
	defer fmt.Println("deferred print")
	panic("first")
}
