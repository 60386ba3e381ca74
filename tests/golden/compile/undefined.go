// Using undefined identifiers, fields and methods.
package main

import "fmt"

type T struct{ a int }

func main() {
	fmt.Println(x)
	t := T{}
	fmt.Println(t.b)
	t.Method()
	fmt.Printline("typo")
}
