// An unrecovered panic with a named integer type prints main.Code(7); output before the panic is kept.
package main

import "fmt"

type Code int

func main() {
	fmt.Println("before")
	panic(Code(7))
}
