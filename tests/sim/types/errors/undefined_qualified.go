package main

import "fmt"

func main() {
	fmt.Printl("hi")
}
