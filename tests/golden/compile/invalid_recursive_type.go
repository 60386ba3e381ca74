// A struct cannot contain itself by value; an array cannot have a non-constant length.
package main

type Node struct {
	Next Node
}

func main() {
	n := 3
	var a [n]int
	_ = a
	var x Node
	_ = x
}
