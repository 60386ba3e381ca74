package main

import "os"

func main() {
	var f *os.File = os.Open("x")
	var g = os.Open("y")
	_, _ = f, g
}
