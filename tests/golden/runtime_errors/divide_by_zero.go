// Integer division by a zero variable panics; float division does not.
package main

import "fmt"

func main() {
	a, b := 1.0, 0.0
	fmt.Println(a / b)
	x, y := 10, 0
	fmt.Println(x / y)
}
