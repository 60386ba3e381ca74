// Binary operators need identical types: int + float64 variables, int + string.
package main

import "fmt"

func main() {
	a := 1
	b := 2.5
	c := "s"
	var d int32 = 4
	fmt.Println(a + b)
	fmt.Println(a + c)
	fmt.Println(a == d)
}
