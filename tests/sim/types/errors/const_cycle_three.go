package main

import "fmt"

const (
	c = d * 2
	d = e + 1
	e = c
)

func main() { fmt.Println(c) }
