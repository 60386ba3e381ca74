// Assignment count mismatches and assigning to a constant or a string byte.
package main

const c = 1

func main() {
	a, b := 1
	s := "abc"
	s[0] = 'x'
	c = 2
	_, _, _ = a, b, s
}
