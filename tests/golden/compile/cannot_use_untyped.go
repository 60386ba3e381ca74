// Assigning an untyped string constant to an int variable.
package main

import "fmt"

func main() {
	var n int = "five"
	fmt.Println(n)
}
