// Slicing a string past its length panics with the string length.
package main

import "fmt"

func main() {
	s := "hello"
	n := 10
	fmt.Println(s[2:n])
}
