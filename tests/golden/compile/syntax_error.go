// A syntax error: missing closing parenthesis and an unexpected token.
package main

import "fmt"

func main() {
	fmt.Println("hi"
	x := 1
}
